package co.athena.enrollment.events;

import co.athena.enrollment.SiblingFakes;
import co.athena.shared.events.CloudEventHeaders;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.EventContract;
import co.athena.testing.AthenaTestInfrastructure;
import co.athena.testing.TopicProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.enroll;
import static co.athena.enrollment.EnrollmentApi.move;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static co.athena.testing.ContractAssertions.assertMatchesContract;
import static co.athena.testing.TopicProbe.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** athena.enrollments.status-changed.v1 on the real broker, and that a Kafka outage loses nothing. */
@QuarkusTest
class EnrollmentEventsTest {

    private static final EventContract CONTRACT = EventContract.ALL.stream()
            .filter(c -> c.topic().equals(EnrollmentStatusChangedEvent.TOPIC)).findFirst().orElseThrow();

    @Test
    void creationAndEachTransitionReachTheTopicAsCloudEvents() {
        UUID school = UUID.randomUUID();
        UUID year = SiblingFakes.schoolYear(school, "active");
        UUID id = enroll(school, year);
        move(school, id, "in_review", "Documentos completos");
        try (TopicProbe probe = TopicProbe.of(EnrollmentStatusChangedEvent.TOPIC)) {
            List<ConsumerRecord<String, String>> records = probe.await(2, r -> id.toString().equals(r.key()),
                    Duration.ofSeconds(30));
            records.forEach(r -> assertMatchesContract(CONTRACT, r.value()));
            JsonPath created = JsonPath.from(records.get(0).value());
            assertNull(created.getString("from_status"));
            assertEquals("pending_documents", created.getString("to_status"));
            assertNull(created.getString("reason"));
            assertEquals("created", created.getString("reason_code"));
            assertEquals(0, created.getLong("enrollment_version"));
            JsonPath moved = JsonPath.from(records.get(1).value());
            assertEquals("pending_documents", moved.getString("from_status"));
            assertEquals("in_review", moved.getString("to_status"));
            assertEquals("staff_decision", moved.getString("reason_code"));
            assertFalse(records.get(1).value().contains("Documentos completos"), "staff text stays in the service");
            assertEquals(1, moved.getLong("enrollment_version"));
            assertEquals(school.toString(), moved.getString("school_id"));
            assertEquals(year.toString(), moved.getString("school_year_id"));
            assertEquals(6, moved.getInt("grade_level"));
            assertEquals("601", moved.getString("group_code"));
            assertEquals("morning", moved.getString("shift"));

            ConsumerRecord<String, String> record = records.get(1);
            assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals(moved.getString("event_id"), header(record, CloudEventHeaders.ID));
            assertEquals(EnrollmentStatusChangedEvent.TYPE, header(record, CloudEventHeaders.TYPE));
            assertEquals("/athena/enrollment-service", header(record, CloudEventHeaders.SOURCE));
            assertEquals("enrollments/" + id, header(record, CloudEventHeaders.SUBJECT));
            assertEquals("application/json", header(record, CloudEventHeaders.CONTENT_TYPE));
            assertNotNull(Instant.parse(header(record, CloudEventHeaders.TIME)));
        }
    }

    @Test
    void aPlacementChangeIsAnnouncedWithTheSameStatus() {
        UUID school = UUID.randomUUID();
        UUID id = enroll(school, SiblingFakes.schoolYear(school, "active"));
        secretary(school).body(Map.of("grade_level", 7, "group_code", "701")).patch("/api/v1/enrollments/" + id)
                .then().statusCode(200);
        secretary(school).body(Map.of("extra_data", Map.of("transporte", true))).patch("/api/v1/enrollments/" + id)
                .then().statusCode(200);
        try (TopicProbe probe = TopicProbe.of(EnrollmentStatusChangedEvent.TOPIC)) {
            JsonPath changed = JsonPath.from(probe.await(2, r -> id.toString().equals(r.key()), Duration.ofSeconds(30))
                    .get(1).value());
            assertEquals("pending_documents", changed.getString("from_status"));
            assertEquals("pending_documents", changed.getString("to_status"));
            assertEquals(7, changed.getInt("grade_level"));
            assertEquals("701", changed.getString("group_code"));
            // extra_data alone is not announced: only two events for three writes
            assertEquals(2, probe.await(2, r -> id.toString().equals(r.key()), Duration.ofSeconds(3)).size());
        }
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void withKafkaStoppedTransitionsSucceedAndEveryEventArrivesAfterwardsInOrder() {
        UUID school = UUID.randomUUID();
        UUID year = SiblingFakes.schoolYear(school, "active");
        var kafka = AthenaTestInfrastructure.infrastructure().kafkaComponent();
        List<UUID> enrollments = new ArrayList<>();
        kafka.stop();
        try {
            for (int i = 0; i < 3; i++) {
                UUID id = enroll(school, year);
                move(school, id, "in_review", null);
                move(school, id, "active", null);
                move(school, id, "graduated", "Promoción 2027");
                enrollments.add(id);
            }
            // the operator sees the backlog grow while Kafka is away
            Awaitility.await("the outbox backlog gauges").atMost(Duration.ofSeconds(30)).until(() ->
                    gauge("athena.outbox.pending") >= 12 && gauge("athena.outbox.oldest.age") > 0);
        } finally {
            kafka.start();
        }
        try (TopicProbe probe = TopicProbe.of(EnrollmentStatusChangedEvent.TOPIC)) {
            for (UUID id : enrollments) {
                List<ConsumerRecord<String, String>> records = probe.await(4, r -> id.toString().equals(r.key()),
                        Duration.ofSeconds(90));
                assertEquals(List.of(0L, 1L, 2L, 3L), records.stream()
                        .map(r -> JsonPath.from(r.value()).getLong("enrollment_version")).toList());
                assertEquals(List.of("pending_documents", "in_review", "active", "graduated"), records.stream()
                        .map(r -> JsonPath.from(r.value()).getString("to_status")).toList());
            }
        }
        Awaitility.await("the outbox backlog back to nothing").atMost(Duration.ofSeconds(30)).until(() ->
                gauge("athena.outbox.pending") == 0 && gauge("athena.outbox.oldest.age") == 0);
    }

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }
}
