package co.athena.persistence.outbox;

import co.athena.persistence.DatabaseConfig;
import co.athena.shared.events.CloudEventHeaders;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the outbox to Kafka in id order. One leader per service: the instance holding the
 * schema's advisory lock on its connection. Woken by NOTIFY on commit, with a polling fallback.
 * The producer is idempotent with {@code acks=all}; a row is marked sent only after Kafka
 * acknowledged it, and a failed batch is retried from its first unacknowledged row, so a crash or a
 * Kafka outage delays events and loses none (delivery is at least once; consumers dedupe by
 * {@code ce_id}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    private static final String SELECT_UNSENT = """
            select id, event_id, topic, message_key, event_type, subject, payload::text, occurred_at
            from outbox where sent_at is null and id > ? order by id limit ?""";
    private static final int PIPELINE_DEPTH = 3;

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final String schema;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, DatabaseConfig database,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.config = config;
        this.schema = database.schema();
        this.bootstrapServers = bootstrapServers;
        this.published = metrics.counter("athena.outbox.published");
        this.failures = metrics.counter("athena.outbox.publish.failures");
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
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    private void run() {
        Duration backoff = Duration.ofMillis(250);
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (!becomeLeader(connection)) {
                    pause(config.pollInterval().multipliedBy(5));
                    continue;
                }
                try {
                    LOG.infof("outbox relay for schema %s is the leader", schema);
                    backoff = Duration.ofMillis(250);
                    lead(connection);
                } finally {
                    stepDown(connection);
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
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN \"outbox_" + schema + "\"");
        }
        long lastCleanup = 0;
        Deque<InFlight> inFlight = new ArrayDeque<>();
        long[] cursor = {0};
        while (running) {
            int count = publishRound(connection, inFlight, cursor);
            if (System.currentTimeMillis() - lastCleanup > TimeUnit.MINUTES.toMillis(10)) {
                deleteOldSentRows(connection);
                lastCleanup = System.currentTimeMillis();
            }
            if (count == 0 && inFlight.isEmpty()) {
                connection.unwrap(PGConnection.class).getNotifications((int) config.pollInterval().toMillis());
            }
        }
    }

    /**
     * The pool keeps the connection open after close(), and with it the session's advisory lock and
     * LISTEN: without this, a relay that failed once (Kafka away) would find the lock held by its own
     * idle pooled connection and never lead again. A broken connection took both with its session.
     */
    private static void stepDown(Connection connection) {
        try (Statement release = connection.createStatement()) {
            release.execute("UNLISTEN *");
            release.execute("select pg_advisory_unlock_all()");
        } catch (SQLException brokenConnection) {
            LOG.debugf("leadership released with the session: %s", brokenConnection.getMessage());
        }
    }

    private boolean becomeLeader(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_try_advisory_lock(hashtext('athena-outbox'), hashtext(?))")) {
            lock.setString(1, schema);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** Rows handed to the producer, waiting for Kafka's acknowledgement. */
    private record InFlight(List<OutboxRow> rows, List<Future<RecordMetadata>> sends) {
    }

    /**
     * Sends up to {@link #PIPELINE_DEPTH} batches before waiting: while Kafka acknowledges one, the next
     * is read and sent (the idempotent producer keeps them in order per partition). Then each batch's
     * acknowledged prefix is marked sent; a row Kafka did not take fails the round, and the next round
     * starts again from the first unmarked row (at least once, never lost). Rows of one aggregate keep
     * their order: a transaction writes its outbox row after locking the aggregate's row, so a later
     * change of that aggregate always gets a higher id and commits after it.
     *
     * @return how many rows the last read found, so the caller knows whether to wait for a NOTIFY
     */
    private int publishRound(Connection connection, Deque<InFlight> inFlight, long[] cursor) throws Exception {
        List<OutboxRow> rows = readUnsent(connection, cursor[0]);
        boolean refused = false;
        if (!rows.isEmpty()) {
            KafkaProducer<String, byte[]> kafka = producer();
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                Future<RecordMetadata> send = kafka.send(toRecord(row));
                sends.add(send);
                // refused before it was even queued (no metadata while Kafka is away): nothing after it may
                // go out first, or a later change of the same aggregate would overtake it
                if (refused = failed(send)) {
                    break;
                }
            }
            List<OutboxRow> handed = rows.subList(0, sends.size());
            inFlight.addLast(new InFlight(handed, sends));
            cursor[0] = handed.get(handed.size() - 1).id();
        }
        if (rows.isEmpty() || refused || inFlight.size() >= PIPELINE_DEPTH) {
            while (!inFlight.isEmpty()) {
                awaitOldest(connection, inFlight.removeFirst());
            }
            // from the start again: a transaction that took a lower id but committed later is found now
            cursor[0] = 0;
        }
        return rows.size();
    }

    private static boolean failed(Future<RecordMetadata> send) {
        if (!send.isDone()) {
            return false;
        }
        try {
            send.get();
            return false;
        } catch (ExecutionException | CancellationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void awaitOldest(Connection connection, InFlight batch) throws Exception {
        List<Long> acknowledged = new ArrayList<>(batch.rows().size());
        Exception failure = null;
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < batch.sends().size(); i++) {
            try {
                batch.sends().get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.rows().get(i).id());
            } catch (Exception e) {
                failure = e;
                break;
            }
        }
        markSent(connection, acknowledged);
        published.increment(acknowledged.size());
        if (failure != null) {
            throw new IllegalStateException("Kafka did not acknowledge event "
                    + batch.rows().get(acknowledged.size()).eventId(), failure);
        }
    }

    private List<OutboxRow> readUnsent(Connection connection, long after) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setLong(1, after);
            select.setInt(2, config.batchSize());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getObject(2, java.util.UUID.class),
                            result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                            result.getString(7), result.getObject(8, java.time.OffsetDateTime.class)));
                }
            }
        }
        return rows;
    }

    private void markSent(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox set sent_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void deleteOldSentRows(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.retention().toSeconds());
            delete.executeUpdate();
        }
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.topic(), row.key(),
                row.payload().getBytes(StandardCharsets.UTF_8));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(record, CloudEventHeaders.ID, row.eventId().toString());
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.SOURCE, config.source());
        if (row.subject() != null) {
            header(record, CloudEventHeaders.SUBJECT, row.subject());
        }
        header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(row.occurredAt().toInstant()));
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
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
