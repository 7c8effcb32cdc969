package co.athena.student.consumers;

import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The history consumer on the real broker: idempotent, version-aware, and poison-tolerant. */
@QuarkusTest
class EnrollmentHistoryConsumerTest {

    @Test
    void recordsEachEventOnceAndNeverRollsTheStateBack() throws Exception {
        UUID school = UUID.randomUUID();
        UUID student = UUID.fromString(RestAssured.given().contentType(ContentType.JSON)
                .auth().oauth2(TestTokens.forSchool(school, "secretary"))
                .body(Map.of("document_type", "TI", "document_number", "1098765432", "first_name", "Ana",
                        "first_surname", "Gil", "birth_date", "2013-01-01", "gender", "F"))
                .post("/api/v1/students").then().statusCode(201).extract().path("id"));
        UUID enrollment = UUID.randomUUID();
        UUID created = UUID.randomUUID();
        UUID reviewed = UUID.randomUUID();
        UUID activated = UUID.randomUUID();
        send(event(created, school, enrollment, student, null, "pending_documents", 0));
        send(event(activated, school, enrollment, student, "in_review", "active", 2));
        send(event(reviewed, school, enrollment, student, "pending_documents", "in_review", 1));
        send(event(reviewed, school, enrollment, student, "pending_documents", "in_review", 1));
        send("{\"not\": \"an event\"}");
        send(event(UUID.randomUUID(), school, UUID.randomUUID(), student, null, "pending_documents", 0));
        awaitRows(school, 4);
        assertEquals(3, TestDatabase.count("select count(*) from student.enrollment_history where enrollment_id = ?",
                enrollment), "a redelivered event adds nothing");
        assertEquals(1, TestDatabase.count("select count(*) from student.student_enrollments where enrollment_id = ? "
                + "and status = 'active' and enrollment_version = 2", enrollment), "the older event did not win");
        RestAssured.given().auth().oauth2(TestTokens.forSchool(school, "secretary"))
                .get("/api/v1/students/" + student + "/enrollment-history").then().statusCode(200)
                .body("findAll { it.enrollment_id == '" + enrollment + "' }.to_status",
                        contains("pending_documents", "in_review", "active"));
        try (TopicProbe dlq = TopicProbe.of(EnrollmentStatusChangedEvent.TOPIC + ".dlq")) {
            var poisoned = dlq.await(1, r -> r.value().contains("an event"), Duration.ofSeconds(30)).get(0);
            assertEquals(true, TopicProbe.header(poisoned, "dead-letter-reason") != null);
        }
    }

    private static void send(String payload) {
        TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, UUID.randomUUID().toString(), payload);
    }

    private static String event(UUID id, UUID school, UUID enrollment, UUID student, String from, String to, long version) {
        return """
                {"event_id":"%s","school_id":"%s","enrollment_id":"%s","student_id":"%s","school_year_id":"%s",
                 "grade_level":6,"group_code":"601","shift":"morning","from_status":%s,"to_status":"%s",
                 "reason":null,"changed_by":"tester","changed_at":"2026-11-22T10:0%d:00Z","enrollment_version":%d}"""
                .formatted(id, school, enrollment, student, UUID.randomUUID(), from == null ? "null" : "\"" + from + "\"",
                        to, version, version);
    }

    private static void awaitRows(UUID school, long rows) {
        await("history rows to arrive").atMost(Duration.ofSeconds(30)).until(() ->
                TestDatabase.count("select count(*) from student.enrollment_history where school_id = ?", school) >= rows);
    }
}
