package co.athena.identity.consumers;

import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The consumer of tenancy's school events, on the real broker. */
@QuarkusTest
class SchoolLifecycleConsumerTest {

    @Test
    void redeliveredAndOlderEventsChangeNothingAndPoisonGoesToTheDeadLetterTopic() throws Exception {
        UUID school = UUID.randomUUID();
        TopicWriter.send(SchoolLifecycleEvent.TOPIC, school.toString(), event(school, true, 3));
        await(school, 3);
        TopicWriter.send(SchoolLifecycleEvent.TOPIC, school.toString(), "{not json");
        TopicWriter.send(SchoolLifecycleEvent.TOPIC, school.toString(), event(school, false, 2));
        TopicWriter.send(SchoolLifecycleEvent.TOPIC, school.toString(), event(school, true, 3));
        UUID marker = UUID.randomUUID();
        TopicWriter.send(SchoolLifecycleEvent.TOPIC, marker.toString(), event(marker, false, 0));
        await(marker, 0);
        assertEquals(1, TestDatabase.count("select count(*) from identity.schools where id = ? and is_active and version = 3",
                school), "an older or repeated event never overwrites a newer state");
        try (TopicProbe dlq = TopicProbe.of(SchoolLifecycleEvent.TOPIC + ".dlq")) {
            var poisoned = dlq.await(1, r -> "{not json".equals(r.value()), Duration.ofSeconds(30)).get(0);
            assertEquals(school.toString(), poisoned.key());
            assertEquals(true, TopicProbe.header(poisoned, "dead-letter-reason") != null);
        }
    }

    private static String event(UUID school, boolean active, long version) {
        return """
                {"event_id":"%s","change":"updated","school_id":"%s","name":"Colegio","is_active":%s,
                 "occurred_at":"2026-11-22T10:00:00Z","school_version":%d}""".formatted(UUID.randomUUID(), school, active, version);
    }

    private static void await(UUID school, long version) {
        Awaitility.await("school " + school + " v" + version + " recorded").atMost(Duration.ofSeconds(30)).until(() ->
                TestDatabase.count("select count(*) from identity.schools where id = ? and version = ?", school, version) > 0);
    }
}
