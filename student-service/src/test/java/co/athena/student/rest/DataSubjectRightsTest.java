package co.athena.student.rest;

import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.cc;
import static co.athena.student.rest.StudentApi.create;
import static co.athena.student.rest.StudentApi.guardian;
import static co.athena.student.rest.StudentApi.rector;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DataSubjectRightsTest {

    @Test
    void exportsEverythingHeldAboutTheStudentAndLogsIt() {
        UUID school = UUID.randomUUID();
        UUID id = create(school, with(student(ti(), "Paula", null, "Vélez", null), "guardians",
                List.of(guardian(cc(), "Rosa Vélez", "madre", true))));
        secretary(school).get("/api/v1/students/" + id + "/data-export").then().statusCode(200)
                .body("exported_at", notNullValue())
                .body("student.full_name", equalTo("Paula Vélez"))
                .body("guardians", hasSize(1))
                .body("enrollment_history", hasSize(0));
        rector(school).queryParam("student_id", id).get("/api/v1/students/access-log").then()
                .body("items.action", hasItem("data_export"));
    }

    @Test
    void anonymizationForgetsTheStoredAnswersThatMentionTheStudent() throws Exception {
        UUID school = UUID.randomUUID();
        UUID id = UUID.fromString(secretary(school).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(student(ti(), "Lina", null, "Ortiz", null)).post("/api/v1/students").then().statusCode(201)
                .extract().path("id"));
        String mentions = "select count(*) from student.idempotency_keys where school_id = ? "
                + "and strpos(convert_from(body, 'UTF8'), ?) > 0";
        assertEquals(1, TestDatabase.count(mentions, school, id.toString()), "the creation's answer, kept for a replay");

        rector(school).post("/api/v1/students/" + id + "/anonymize").then().statusCode(200);

        assertEquals(0, TestDatabase.count(mentions, school, id.toString()));
    }

    @Test
    void anonymizationScrubsPersonalDataKeepsTheRecordAndSparesSharedGuardians() throws Exception {
        UUID school = UUID.randomUUID();
        String shared = cc();
        String sole = cc();
        String document = ti();
        UUID id = create(school, with(student(document, "Daniel", "Felipe", "Quintero", "Arango"), "guardians",
                List.of(guardian(shared, "Elena Arango", "madre", true), guardian(sole, "Raúl Quintero", "padre", false))));
        UUID sibling = create(school, with(student(ti(), "Sara", null, "Quintero", null), "guardians",
                List.of(guardian(shared, "Elena Arango", "madre", true))));
        rector(school).post("/api/v1/students/" + id + "/anonymize").then().statusCode(200)
                .body("full_name", equalTo("ANONIMIZADO ANONIMIZADO"))
                .body("is_active", equalTo(false))
                .body("anonymized_at", notNullValue())
                .body("birth_date", equalTo("2014-01-01"));
        rector(school).post("/api/v1/students/" + id + "/anonymize").then().statusCode(200);
        assertEquals(0, TestDatabase.count("select count(*) from student.students where document_number = ?", document));
        assertEquals(0, TestDatabase.count("select count(*) from student.guardians where document_number = ?", sole));
        assertEquals(1, TestDatabase.count("select count(*) from student.guardians where document_number = ? "
                + "and full_name = 'Elena Arango'", shared), "a guardian of another student keeps their data");
        assertEquals(1, TestDatabase.count("select count(*) from student.students where id = ?", id), "the row stays");
        secretary(school).get("/api/v1/students/" + sibling + "/guardians").then()
                .body("[0].full_name", equalTo("Elena Arango"));
        secretary(school).body(Map.of("first_name", "Otra vez")).patch("/api/v1/students/" + id).then().statusCode(409);
        try (TopicProbe probe = TopicProbe.of(StudentLifecycleEvent.TOPIC)) {
            JsonPath event = JsonPath.from(probe.await(1, r -> id.toString().equals(r.key())
                    && r.value().contains("anonymized"), Duration.ofSeconds(30)).get(0).value());
            assertEquals(school.toString(), event.getString("school_id"));
        }
        rector(school).queryParam("student_id", id).get("/api/v1/students/access-log").then()
                .body("items.action", hasItem("anonymize"));
    }
}
