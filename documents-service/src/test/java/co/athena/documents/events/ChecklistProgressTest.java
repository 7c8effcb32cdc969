package co.athena.documents.events;

import co.athena.documents.SiblingFakes;
import co.athena.shared.events.DocumentsChecklistEvent;
import co.athena.shared.events.EventContract;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.documents.DocumentsApi.as;
import static co.athena.documents.DocumentsApi.pdf;
import static co.athena.documents.DocumentsApi.secretary;
import static co.athena.documents.DocumentsApi.upload;
import static co.athena.testing.ContractAssertions.assertMatchesContract;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Validation, consents and the checklist event they lead to, on the real broker. */
@QuarkusTest
class ChecklistProgressTest {

    private static final EventContract CONTRACT = EventContract.ALL.stream()
            .filter(c -> c.topic().equals(DocumentsChecklistEvent.TOPIC)).findFirst().orElseThrow();

    private final UUID school = UUID.randomUUID();
    private final UUID[] enrollment = SiblingFakes.enrollment(school);

    @Test
    void theLastApprovalAnnouncesACompleteChecklistAndARejectionTakesItBack() {
        SiblingFakes.settings(school, List.of("birth_certificate", "report_card", "habeas_data"), 3);
        UUID guardian = SiblingFakes.guardian(school, enrollment[1]);
        upload(school, enrollment[0], "birth_certificate", "rc.pdf", pdf(2000)).then().statusCode(201);
        upload(school, enrollment[0], "report_card", "boletin.pdf", pdf(3000)).then().statusCode(201);
        validate("birth_certificate", "approved", null).then().statusCode(200).body("status", equalTo("approved"));
        as(school, Roles.COORDINATOR).contentType("application/json").body(Map.of("guardian_id", guardian.toString()))
                .post(path("habeas_data") + "/acceptance").then().statusCode(201)
                .body("policy_text_version", equalTo(3))
                .body("accepted_by_guardian_id", equalTo(guardian.toString()));
        secretary(school).get("/api/v1/enrollments/" + enrollment[0] + "/documents").then().statusCode(200)
                .body("complete", equalTo(false)).body("missing", equalTo(List.of()))
                .body("awaiting_validation", equalTo(List.of("report_card")));

        validate("report_card", "approved", null).then().statusCode(200);
        secretary(school).get("/api/v1/enrollments/" + enrollment[0] + "/documents").then()
                .body("complete", equalTo(true)).body("missing", equalTo(List.of()));
        validate("report_card", "rejected", "Falta la firma del rector").then().statusCode(200)
                .body("validation_note", equalTo("Falta la firma del rector"));
        secretary(school).get("/api/v1/enrollments/" + enrollment[0] + "/documents").then()
                .body("missing", equalTo(List.of("report_card"))).body("awaiting_validation", equalTo(List.of()));

        try (TopicProbe probe = TopicProbe.of(DocumentsChecklistEvent.TOPIC)) {
            List<ConsumerRecord<String, String>> events = probe.await(2,
                    r -> enrollment[0].toString().equals(r.key()), Duration.ofSeconds(30));
            events.forEach(r -> assertMatchesContract(CONTRACT, r.value()));
            JsonPath complete = JsonPath.from(events.get(0).value());
            assertEquals(true, complete.getBoolean("complete"));
            assertEquals(1, complete.getLong("checklist_version"));
            assertEquals(enrollment[1].toString(), complete.getString("student_id"));
            assertEquals(List.of("birth_certificate", "report_card", "habeas_data"), complete.getList("approved_documents"));
            JsonPath incomplete = JsonPath.from(events.get(1).value());
            assertEquals(false, incomplete.getBoolean("complete"));
            assertEquals(List.of("report_card"), incomplete.getList("missing_documents"));
            assertEquals(2, incomplete.getLong("checklist_version"));
            // only changes are announced: two events for seven writes
            assertEquals(2, probe.await(2, r -> enrollment[0].toString().equals(r.key()), Duration.ofSeconds(3)).size());
        }
    }

    @Test
    void badValidationsAndAcceptancesChangeNothing() throws SQLException {
        UUID guardian = SiblingFakes.guardian(school, enrollment[1]);
        upload(school, enrollment[0], "birth_certificate", "rc.pdf", pdf(2000)).then().statusCode(201);
        validate("birth_certificate", "rejected", null).then().statusCode(400)
                .body("errors[0].field", equalTo("note"));
        validate("birth_certificate", "accepted", null).then().statusCode(400);
        secretary(school).contentType("application/json").header("If-Match", "\"9\"")
                .body(Map.of("status", "approved")).post(path("birth_certificate") + "/validation").then().statusCode(412);
        as(school, Roles.TEACHER).contentType("application/json").body(Map.of("status", "approved"))
                .post(path("birth_certificate") + "/validation").then().statusCode(403);
        validate("report_card", "approved", null).then().statusCode(404);
        secretary(school).get(path("birth_certificate")).then().body("status", equalTo("pending")).body("version", equalTo(0));

        secretary(school).contentType("application/json").body(Map.of("guardian_id", UUID.randomUUID().toString()))
                .post(path("habeas_data") + "/acceptance").then().statusCode(422)
                .body("errors[0].field", equalTo("guardian_id"));
        secretary(school).contentType("application/json").body(Map.of("guardian_id", guardian.toString()))
                .post(path("report_card") + "/acceptance").then().statusCode(400);
        assertEquals(0, TestDatabase.count("select count(*) from documents.consent_acceptances where school_id = ?", school));
    }

    @Test
    void anAcceptanceCannotBeEditedOrDeleted() throws SQLException {
        UUID guardian = SiblingFakes.guardian(school, enrollment[1]);
        secretary(school).contentType("application/json").body(Map.of("guardian_id", guardian.toString()))
                .post(path("tratamiento_datos") + "/acceptance").then().statusCode(201);
        try (Connection app = TestDatabase.asRole("documents_app")) {
            app.createStatement().execute("select set_config('app.school_id', '" + school + "', false)");
            assertEquals("42501", assertThrows(SQLException.class, () -> app.createStatement()
                    .executeUpdate("update documents.consent_acceptances set policy_text_version = 9")).getSQLState());
            assertEquals("42501", assertThrows(SQLException.class, () -> app.createStatement()
                    .executeUpdate("delete from documents.consent_acceptances")).getSQLState());
        }
    }

    private Response validate(String type, String status, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("note", note);
        return as(school, Roles.COORDINATOR).contentType("application/json").body(body).post(path(type) + "/validation");
    }

    private String path(String type) {
        return "/api/v1/enrollments/" + enrollment[0] + "/documents/" + type;
    }
}
