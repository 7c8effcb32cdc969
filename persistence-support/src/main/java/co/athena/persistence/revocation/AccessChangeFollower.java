package co.athena.persistence.revocation;

import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.events.EventPayloads;
import co.athena.shared.security.RevokedTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Follows {@code athena.identity.access-changed.v1} into {@link RevokedTokens}, on every instance of
 * every service. Written by hand because no consumer group fits: each instance needs every change
 * (a group would split them), and only the last {@link RevocationConfig#horizon()} of them, so it
 * assigns itself every partition and seeks by time. A restart therefore rebuilds the same set from
 * the topic; the instance is ready only once it has read up to the end offsets it found at start.
 */
@ApplicationScoped
public class AccessChangeFollower {

    private static final Logger LOG = Logger.getLogger(AccessChangeFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final RevokedTokens revoked;
    private final RevocationConfig config;
    private final ObjectMapper mapper;
    private final String topic;
    private final String bootstrapServers;
    private final String clientId;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    public AccessChangeFollower(RevokedTokens revoked, RevocationConfig config, ObjectMapper mapper,
                                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                @ConfigProperty(name = "athena.events.topic-suffix") Optional<String> topicSuffix,
                                @ConfigProperty(name = "quarkus.application.name") String application,
                                MeterRegistry metrics) {
        this.revoked = revoked;
        this.config = config;
        this.mapper = EventPayloads.tolerant(mapper);
        this.topic = AccessChangedEvent.TOPIC + topicSuffix.orElse("");
        this.bootstrapServers = bootstrapServers;
        this.clientId = application + "-access-changes";
        metrics.gauge("athena.revocations.active", revoked, RevokedTokens::size);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            caughtUp.countDown();
            return;
        }
        running = true;
        thread = new Thread(this::follow, clientId);
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(5_000);
        }
    }

    /** Whether every change that existed when this instance started has been read. */
    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** For tests: waits until {@link #isCaughtUp()}. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void follow() {
        while (running) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(properties())) {
                consumer = kafka;
                Map<TopicPartition, Long> end = assignFromHorizon(kafka);
                while (running) {
                    // checked before polling too: with no change within the horizon the instance is ready at once,
                    // not after a poll that waited for records that never come
                    if (!isCaughtUp() && end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                        LOG.infof("access changes read up to the end of %s: %d active", topic, revoked.size());
                        caughtUp.countDown();
                    }
                    for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                        apply(record.value());
                    }
                    revoked.forgetBefore(Instant.now().minus(config.horizon()));
                }
            } catch (WakeupException e) {
                return;
            } catch (KafkaException | IllegalStateException e) {
                LOG.warnf("following %s failed (%s); again in %s", topic, e.getMessage(), config.retryInterval());
                pause();
            }
        }
    }

    /** Assigns every partition at the first change within the horizon; returns the end offsets to catch up to. */
    private Map<TopicPartition, Long> assignFromHorizon(KafkaConsumer<String, String> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(topic);
        while (running && (infos == null || infos.isEmpty())) {
            pause();
            infos = kafka.partitionsFor(topic);
        }
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        kafka.assign(partitions);
        long since = Instant.now().minus(config.horizon()).toEpochMilli();
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(p -> times.put(p, since));
        Map<TopicPartition, OffsetAndTimestamp> starts = kafka.offsetsForTimes(times);
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp start = starts.get(partition);
            kafka.seek(partition, start != null ? start.offset() : end.get(partition));
        }
        return end;
    }

    private void apply(String payload) {
        try {
            revoked.revoke(EventPayloads.read(mapper, payload, AccessChangedEvent.class));
        } catch (IllegalArgumentException e) {
            // nothing to refuse from a record that names no one; the producer's own tests hold the contract
            LOG.warnf("skipped an unreadable record on %s: %s", topic, e.getMessage());
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // the producer side batches nothing worth waiting for: a change should refuse tokens at once
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 100);
        return properties;
    }

    private void pause() {
        try {
            Thread.sleep(config.retryInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
