package co.athena.enrollment.consumers;

import co.athena.enrollment.SiblingFakes;
import co.athena.enrollment.domain.Enrollment;
import co.athena.shared.events.DocumentsChecklistEvent;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.await;
import static co.athena.enrollment.EnrollmentApi.create;
import static co.athena.enrollment.EnrollmentApi.get;
import static co.athena.enrollment.EnrollmentApi.move;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What documents-service's checklist and student-service's lifecycle events do to enrollments. */
@QuarkusTest
class EnrollmentReactionsTest {

    private static final Duration CONSUMED = Duration.ofSeconds(30);

    // a new school per test (JUnit makes a new instance per test), with a year its siblings know
    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");

    @Test
    void aCompleteChecklistMovesToReviewAndAnIncompleteOneBack() {
        UUID student = SiblingFakes.activeStudent(school);
        UUID id = UUID.fromString(create(school, student, year, 6, "601", "morning").getString("id"));
        String complete = checklist(UUID.randomUUID(), id, student, true, List.of(), 1);
        TopicWriter.send(DocumentsChecklistEvent.TOPIC, id.toString(), complete);
        JsonPath reviewed = await(school, id, e -> "in_review".equals(e.getString("status")), CONSUMED);
        assertEquals("system", reviewed.getString("status_history[1].changed_by"));

        TopicWriter.send(DocumentsChecklistEvent.TOPIC, id.toString(),
                checklist(UUID.randomUUID(), id, student, false, List.of("report_card"), 2));
        JsonPath back = await(school, id, e -> "pending_documents".equals(e.getString("status")), CONSUMED);
        assertEquals("Documentos pendientes: report_card", back.getString("status_history[2].reason"));

        // the first event again: already applied, so nothing moves; a marker behind it proves it was read
        TopicWriter.send(DocumentsChecklistEvent.TOPIC, id.toString(), complete);
        String marker = "not a checklist " + UUID.randomUUID();
        TopicWriter.send(DocumentsChecklistEvent.TOPIC, id.toString(), marker);
        try (TopicProbe dlq = TopicProbe.of(DocumentsChecklistEvent.TOPIC + ".dlq")) {
            dlq.await(1, r -> marker.equals(r.value()), CONSUMED);
        }
        JsonPath after = get(school, id);
        assertEquals("pending_documents", after.getString("status"));
        assertEquals(3, after.getList("status_history").size());
    }

    @Test
    void aChecklistForAnEnrollmentPastReviewChangesNothing() {
        UUID student = SiblingFakes.activeStudent(school);
        UUID id = UUID.fromString(create(school, student, year, 6, "601", "morning").getString("id"));
        move(school, id, "in_review", null);
        move(school, id, "active", null);
        TopicWriter.send(DocumentsChecklistEvent.TOPIC, id.toString(),
                checklist(UUID.randomUUID(), id, student, false, List.of("habeas_data"), 3));
        String marker = "marker " + UUID.randomUUID();
        TopicWriter.send(DocumentsChecklistEvent.TOPIC, id.toString(), marker);
        try (TopicProbe dlq = TopicProbe.of(DocumentsChecklistEvent.TOPIC + ".dlq")) {
            dlq.await(1, r -> marker.equals(r.value()), CONSUMED);
        }
        assertEquals("active", get(school, id).getString("status"));
    }

    @Test
    void aDeactivatedStudentsOpenEnrollmentsAreWithdrawnOnce() {
        UUID student = SiblingFakes.activeStudent(school);
        UUID open = UUID.fromString(create(school, student, year, 6, "601", "morning").getString("id"));
        UUID earlier = UUID.fromString(create(school, student, SiblingFakes.schoolYear(school, "active"), 5, "501",
                "morning").getString("id"));
        move(school, earlier, "in_review", null);
        move(school, earlier, "active", null);
        move(school, earlier, "graduated", "Promovido");
        UUID someoneElse = UUID.fromString(create(school, SiblingFakes.activeStudent(school), year, 6, "601", "morning")
                .getString("id"));

        String deactivated = lifecycle(UUID.randomUUID(), student, "deactivated", "Retiro voluntario");
        TopicWriter.send(StudentLifecycleEvent.TOPIC, student.toString(), deactivated);
        JsonPath withdrawn = await(school, open, e -> "withdrawn".equals(e.getString("status")), CONSUMED);
        assertEquals("Estudiante desactivado", withdrawn.getString("status_history[1].reason"));
        assertEquals("system", withdrawn.getString("status_history[1].changed_by"));

        TopicWriter.send(StudentLifecycleEvent.TOPIC, student.toString(), deactivated);
        TopicWriter.send(StudentLifecycleEvent.TOPIC, student.toString(),
                lifecycle(UUID.randomUUID(), student, "reactivated", null));
        String marker = "marker " + UUID.randomUUID();
        TopicWriter.send(StudentLifecycleEvent.TOPIC, student.toString(), marker);
        try (TopicProbe dlq = TopicProbe.of(StudentLifecycleEvent.TOPIC + ".dlq")) {
            dlq.await(1, r -> marker.equals(r.value()), CONSUMED);
        }
        assertEquals(2, get(school, open).getList("status_history").size());
        assertEquals("graduated", get(school, earlier).getString("status"));
        assertEquals("pending_documents", get(school, someoneElse).getString("status"));
    }

    @Test
    void anAnonymizedStudentsEnrollmentsLoseWhatStaffWroteAndKeepTheFacts() {
        UUID student = SiblingFakes.activeStudent(school);
        UUID id = UUID.fromString(create(school, student, year, 6, "601", "morning").getString("id"));
        secretary(school).header("If-Match", "\"" + get(school, id).getLong("version") + "\"")
                .body(Map.of("extra_data", Map.of("observacion", "vive con la abuela en Bello")))
                .patch("/api/v1/enrollments/" + id).then().statusCode(200);
        move(school, id, "in_review", "La mamá trajo el registro civil");

        TopicWriter.send(StudentLifecycleEvent.TOPIC, student.toString(),
                lifecycle(UUID.randomUUID(), student, "anonymized", null));
        JsonPath forgotten = await(school, id, e -> e.getMap("extra_data").isEmpty(), CONSUMED);

        assertFalse(forgotten.getMap("status_history[1]").containsKey("reason"), "a reason staff typed");
        assertEquals(Enrollment.CREATED_REASON, forgotten.getString("status_history[0].reason"), "the system's own");
        assertEquals("in_review", forgotten.getString("status"));
        assertEquals(6, forgotten.getInt("grade_level"));
    }

    private String checklist(UUID eventId, UUID enrollment, UUID student, boolean complete, List<String> missing,
                             long version) {
        return """
                {"event_id": "%s", "school_id": "%s", "enrollment_id": "%s", "student_id": "%s", "complete": %s,
                 "required_documents": ["birth_certificate", "report_card"], "approved_documents": [],
                 "missing_documents": [%s], "changed_by": "%s", "occurred_at": "%s", "checklist_version": %d}"""
                .formatted(eventId, school, enrollment, student, complete,
                        String.join(", ", missing.stream().map(m -> "\"" + m + "\"").toList()),
                        UUID.randomUUID(), Instant.now(), version);
    }

    private String lifecycle(UUID eventId, UUID student, String change, String reason) {
        return """
                {"event_id": "%s", "change": "%s", "school_id": "%s", "student_id": "%s", "reason": %s,
                 "occurred_at": "%s", "student_version": 1}"""
                .formatted(eventId, change, school, student, reason == null ? "null" : "\"" + reason + "\"",
                        Instant.now());
    }
}
