package co.athena.persistence.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The publishing pipeline without a broker or a database: Kafka's MockProducer and an outbox in memory. */
class OutboxPublisherTest {

    private static final OutboxTracing UNTRACED = new OutboxTracing(OpenTelemetry.noop(), new ObjectMapper());

    private final Outbox outbox = new Outbox();
    private final List<Integer> publishedCounts = new ArrayList<>();

    @Test
    void rowsGoOutInIdOrderAndAreMarkedSentOnlyOnceKafkaAcknowledgedThem() throws Exception {
        outbox.commit(1, 2, 3);
        MockProducer<String, byte[]> kafka = kafka();
        OutboxPublisher publisher = publisher(kafka);

        publisher.round();
        assertEquals(List.of(), outbox.sent(), "nothing is marked before Kafka answers");
        acknowledgeAll(kafka);
        publisher.round();

        assertEquals(List.of("1", "2", "3"), payloads(kafka.history()));
        assertEquals(List.of(1L, 2L, 3L), outbox.sent());
        assertEquals(3, publishedCounts.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void aRowKafkaDidNotTakeFailsTheRoundKeepsTheAcknowledgedPrefixAndIsSentAgainByTheNextProducer() throws Exception {
        outbox.commit(1, 2, 3, 4);
        MockProducer<String, byte[]> failing = kafka();
        OutboxPublisher first = publisher(failing);
        first.round();
        failing.completeNext();
        failing.completeNext();
        failing.errorNext(new TimeoutException("no broker"));
        failing.completeNext();

        assertThrows(IllegalStateException.class, first::round);
        assertEquals(List.of(1L, 2L), outbox.sent(), "the acknowledged prefix only");

        MockProducer<String, byte[]> again = kafka();
        OutboxPublisher second = publisher(again);
        second.round();
        acknowledgeAll(again);
        second.round();
        assertEquals(List.of("3", "4"), payloads(again.history()), "retried from the first unacknowledged row");
        assertEquals(List.of(1L, 2L, 3L, 4L), outbox.sent());
    }

    @Test
    void aRowCommittedLateWithALowerIdIsFoundOnceThePipelineDrains() throws Exception {
        outbox.commit(1, 3);
        MockProducer<String, byte[]> kafka = kafka();
        OutboxPublisher publisher = publisher(kafka);
        publisher.round();
        outbox.commit(2); // its transaction took id 2 before 3's, and committed after
        acknowledgeAll(kafka);
        publisher.round();
        publisher.round();
        acknowledgeAll(kafka);
        publisher.round();

        assertEquals(List.of("1", "3", "2"), payloads(kafka.history()));
        assertEquals(List.of(1L, 2L, 3L), outbox.sent());
    }

    @Test
    void aSendRefusedBeforeItIsQueuedStopsTheBatchSoNothingOvertakesIt() throws Exception {
        outbox.commit(1, 2, 3);
        MockProducer<String, byte[]> kafka = kafka();
        kafka.sendException = new TimeoutException("no metadata while Kafka is away");
        OutboxPublisher publisher = publisher(kafka);

        assertThrows(IllegalStateException.class, publisher::round);
        assertEquals(List.of(), payloads(kafka.history()), "nothing after the refused row went out");
        assertEquals(List.of(), outbox.sent());
    }

    @Test
    void theFullPipelineWaitsForItsOldestBatchBeforeReadingMore() throws Exception {
        for (long id = 1; id <= 4 * OutboxPublisher.PIPELINE_DEPTH; id++) {
            outbox.commit(id);
        }
        MockProducer<String, byte[]> kafka = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        OutboxPublisher publisher = new OutboxPublisher(kafka, new OutboxRecords("/test"), UNTRACED, outbox, 2,
                Duration.ofSeconds(1), publishedCounts::add);

        for (int round = 0; round < OutboxPublisher.PIPELINE_DEPTH; round++) {
            publisher.round();
        }
        assertEquals(2L * OutboxPublisher.PIPELINE_DEPTH, outbox.sent().size(), "three batches of two, then marked");
    }

    private OutboxPublisher publisher(MockProducer<String, byte[]> kafka) {
        return new OutboxPublisher(kafka, new OutboxRecords("/test"), UNTRACED, outbox, 10, Duration.ofMillis(200),
                publishedCounts::add);
    }

    private static MockProducer<String, byte[]> kafka() {
        return new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
    }

    private static void acknowledgeAll(MockProducer<String, byte[]> kafka) {
        while (kafka.completeNext()) {
            // each pending send acknowledged, in order
        }
    }

    private static List<String> payloads(List<ProducerRecord<String, byte[]>> records) {
        return records.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }

    /** Committed rows by id; the payload is the id, so the order on the wire can be read back. */
    private static final class Outbox implements UnsentRows {

        private final TreeMap<Long, OutboxRow> unsent = new TreeMap<>();
        private final List<Long> sent = new ArrayList<>();

        void commit(long... ids) {
            for (long id : ids) {
                unsent.put(id, new OutboxRow(id, UUID.randomUUID(), "athena.test.v1", "key-" + id, "co.athena.test.v1",
                        null, Long.toString(id), OffsetDateTime.now(), null));
            }
        }

        List<Long> sent() {
            return sent.stream().sorted().toList();
        }

        @Override
        public List<OutboxRow> after(long id, int limit) {
            return unsent.tailMap(id, false).values().stream().limit(limit).toList();
        }

        @Override
        public void markSent(List<Long> ids) {
            ids.forEach(unsent::remove);
            sent.addAll(ids);
        }
    }
}
