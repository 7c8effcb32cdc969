package co.athena.persistence.outbox;

import co.athena.persistence.DatabaseConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka in id order, on a thread of its own (JDBC: LISTEN and a session lock
 * need one connection held for as long as it leads). One leader per service ({@link RelayLeadership});
 * woken by NOTIFY on commit, with a polling fallback; the pipeline is {@link OutboxPublisher}.
 * Hand-written: no library relays a PostgreSQL outbox in order with an idempotent producer.
 * The producer is idempotent with {@code acks=all}; a row is marked sent only after Kafka
 * acknowledged it, and a failed batch is retried from its first unacknowledged row, so a crash or a
 * Kafka outage delays events and loses none (delivery is at least once; consumers dedupe by
 * {@code ce_id}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final String schema;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;
    private final OutboxRecords records;
    private final OutboxTracing tracing;
    private final RelayLeadership leadership;
    private volatile boolean running;
    /** Whether this instance's relay leads, i.e. may be waiting for a NOTIFY. */
    private volatile boolean leading;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, DatabaseConfig database,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry metrics,
                       OutboxTracing tracing) {
        this.tracing = tracing;
        this.dataSource = dataSource;
        this.config = config;
        this.schema = database.schema();
        this.bootstrapServers = bootstrapServers;
        this.published = metrics.counter("athena.outbox.published");
        this.failures = metrics.counter("athena.outbox.publish.failures");
        this.records = new OutboxRecords(config.source());
        this.leadership = new RelayLeadership(schema);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relayEnabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay-" + schema);
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            if (leading) {
                wakeLeader();
            }
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /**
     * A leader waiting for a NOTIFY is in a socket read, which an interrupt does not end: without one NOTIFY, every
     * stop waited out the poll interval (2 s by default). Only a leader needs it: a relay standing by or backing off
     * after a failure sleeps, and the interrupt ends that.
     */
    private void wakeLeader() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            OutboxTable.wake(connection, schema);
        } catch (SQLException e) {
            LOG.debugf("could not wake the outbox relay of %s: %s", schema, e);
        }
    }

    private void run() {
        Duration backoff = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (!leadership.tryLead(connection)) {
                    pause(config.pollInterval().multipliedBy(5));
                    continue;
                }
                leading = true;
                try {
                    LOG.infof("outbox relay for schema %s is the leader", schema);
                    backoff = Duration.ofMillis(250);
                    lead(connection);
                } finally {
                    leading = false;
                    leadership.stepDown(connection);
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                failures.increment();
                LOG.warnf("outbox relay for %s paused %s ms: %s", schema, backoff.toMillis(), e.toString());
                closeProducer();
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void lead(Connection connection) throws Exception {
        OutboxTable table = new OutboxTable(connection, schema);
        table.listen();
        OutboxPublisher publisher = new OutboxPublisher(producer(), records, tracing, table, config.batchSize(),
                config.sendTimeout(), published::increment);
        long lastCleanup = 0;
        while (running) {
            int count = publisher.round();
            if (System.currentTimeMillis() - lastCleanup > TimeUnit.MINUTES.toMillis(10)) {
                table.deleteSentBefore(config.retention());
                lastCleanup = System.currentTimeMillis();
            }
            if (count == 0 && publisher.idle()) {
                table.awaitNotification(config.pollInterval());
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.<String, Object>ofEntries(
                    Map.entry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    Map.entry(ProducerConfig.CLIENT_ID_CONFIG, "athena-outbox-" + schema),
                    Map.entry(ProducerConfig.ACKS_CONFIG, "all"),
                    Map.entry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                    Map.entry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5),
                    Map.entry(ProducerConfig.LINGER_MS_CONFIG, 5),
                    Map.entry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000),
                    Map.entry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000),
                    Map.entry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(10_000, config.sendTimeout().toMillis())),
                    Map.entry(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()),
                    Map.entry(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName())));
        }
        return producer;
    }

    /** A producer that failed is dropped whole, so nothing it still buffers is sent out of order later. */
    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
