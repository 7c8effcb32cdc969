package co.athena.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** Reads a real topic of this test run from the beginning, as an outside consumer would. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, AthenaTestInfrastructure.infrastructure().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(Set.of(topic));
    }

    /** A probe of {@code topic} as named in the contract; this run's suffix is added. */
    public static TopicProbe of(String contractTopic) {
        return new TopicProbe(contractTopic + AthenaTestInfrastructure.topicSuffix());
    }

    /** Polls until {@code count} records match, or fails after the timeout with what it saw. */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<ConsumerRecord<String, String>> matching,
                                                      Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matches = seen.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("expected " + count + " matching records, saw " + matches.size()
                        + " of " + seen.size() + " within " + timeout);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
