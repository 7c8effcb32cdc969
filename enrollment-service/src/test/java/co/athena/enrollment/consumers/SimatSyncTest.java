package co.athena.enrollment.consumers;

import co.athena.enrollment.SiblingFakes;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.await;
import static co.athena.enrollment.EnrollmentApi.enroll;
import static co.athena.enrollment.EnrollmentApi.get;
import static co.athena.enrollment.EnrollmentApi.move;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The SIMAT sync consumer: each status change becomes the novelty SIMAT must hear of next. */
@QuarkusTest
class SimatSyncTest {

    private static final Duration CONSUMED = Duration.ofSeconds(30);

    // a new school per test (JUnit makes a new instance per test), with a year its siblings know
    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");

    @Test
    void onlyAnActiveEnrollmentIsANoveltyForSimat() {
        UUID id = enroll(school, year);
        move(school, id, "in_review", null);
        move(school, id, "pending_documents", "Registro civil ilegible");
        UUID neverActive = enroll(school, year);
        move(school, neverActive, "withdrawn", "No se presentó");

        move(school, id, "in_review", null);
        move(school, id, "active", null);
        JsonPath active = await(school, id, e -> "pending_enrollment".equals(e.getString("simat_status")), CONSUMED);
        assertEquals(eventIdOf(id, 4), active.getString("simat_event_id"));
        // what SIMAT never registered it need not hear about
        assertEquals("not_reported", get(school, neverActive).getString("simat_status"));
        // a change before SIMAT was told is still a new enrollment, with the newer placement
        secretary(school).body(Map.of("group_code", "602")).patch("/api/v1/enrollments/" + id).then().statusCode(200);
        String changeEvent = eventIdOf(id, 5);
        JsonPath changed = await(school, id, e -> changeEvent.equals(e.getString("simat_event_id")), CONSUMED);
        assertEquals("pending_enrollment", changed.getString("simat_status"));
        // the enrollment's own version is not touched by the sync
        assertEquals(5, changed.getLong("version"));
    }

    @Test
    void withdrawalAndGraduationOfAnActiveEnrollmentArePending() {
        UUID leaving = activeEnrollment();
        UUID finishing = activeEnrollment();
        move(school, leaving, "withdrawn", "Traslado");
        move(school, finishing, "graduated", "Bachiller");
        await(school, leaving, e -> "pending_withdrawal".equals(e.getString("simat_status")), CONSUMED);
        await(school, finishing, e -> "pending_graduation".equals(e.getString("simat_status")), CONSUMED);
    }

    @Test
    void redeliveredAndOverTakenEventsChangeNothingAndPoisonGoesToTheDeadLetterTopic() throws Exception {
        UUID id = activeEnrollment();
        await(school, id, e -> "pending_enrollment".equals(e.getString("simat_status")), CONSUMED);
        String activation = recordOf(id, 2).value();
        move(school, id, "withdrawn", "Cambio de ciudad");
        JsonPath withdrawn = await(school, id, e -> "pending_withdrawal".equals(e.getString("simat_status")), CONSUMED);

        // the same event again, and an older change under a new event id
        TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, id.toString(), activation);
        String olderCopy = activation.replace(JsonPath.from(activation).getString("event_id"), UUID.randomUUID().toString());
        TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, id.toString(), olderCopy);
        // a record that is no event at all, behind them on the same partition
        String poison = "{\"event_id\": \"" + UUID.randomUUID() + "\", \"note\": \"not an enrollment event\"}";
        TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, id.toString(), poison);
        try (TopicProbe dlq = TopicProbe.of(EnrollmentStatusChangedEvent.TOPIC + ".dlq")) {
            ConsumerRecord<String, String> dead = dlq.await(1, r -> poison.equals(r.value()), CONSUMED).get(0);
            assertEquals(true, TopicProbe.header(dead, "dead-letter-reason") != null, "the error travels in a header");
        }
        JsonPath after = get(school, id);
        assertEquals("pending_withdrawal", after.getString("simat_status"));
        assertEquals(withdrawn.getString("simat_event_id"), after.getString("simat_event_id"));
        assertEquals(1, TestDatabase.count("select count(*) from enrollment.processed_events where event_id = ?",
                UUID.fromString(JsonPath.from(activation).getString("event_id"))));
    }

    private UUID activeEnrollment() {
        UUID id = enroll(school, year);
        move(school, id, "in_review", null);
        move(school, id, "active", null);
        return id;
    }

    private static ConsumerRecord<String, String> recordOf(UUID enrollment, int version) {
        try (TopicProbe probe = TopicProbe.of(EnrollmentStatusChangedEvent.TOPIC)) {
            return probe.await(1, r -> enrollment.toString().equals(r.key())
                    && JsonPath.from(r.value()).getLong("enrollment_version") == version, CONSUMED).get(0);
        }
    }

    private static String eventIdOf(UUID enrollment, int version) {
        return JsonPath.from(recordOf(enrollment, version).value()).getString("event_id");
    }
}
