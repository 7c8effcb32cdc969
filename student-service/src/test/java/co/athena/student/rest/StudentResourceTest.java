package co.athena.student.rest;

import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.as;
import static co.athena.student.rest.StudentApi.cc;
import static co.athena.student.rest.StudentApi.create;
import static co.athena.student.rest.StudentApi.guardian;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class StudentResourceTest {

    @Test
    void createsAStudentWithGuardiansAndKeepsTheFullNameConsistent() {
        UUID school = UUID.randomUUID();
        String document = ti();
        String mother = cc();
        Map<String, Object> body = with(student(document, "María", "José", "Muñoz", "Pérez"), "guardians", List.of(guardian(mother, "Ana Pérez", "madre", true),
                guardian(cc(), "Luis Muñoz", "padre", false)));
        body.put("document_number", document.substring(0, 2) + "." + document.substring(2, 6) + " " + document.substring(6));
        UUID id = UUID.fromString(secretary(school).body(body).post("/api/v1/students").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("document_number", equalTo(document))
                .body("full_name", equalTo("María José Muñoz Pérez"))
                .body("piar_data", nullValue())
                .extract().path("id"));
        secretary(school).get("/api/v1/students/" + id + "/guardians").then().statusCode(200)
                .body("", hasSize(2)).body("find { it.is_primary }.full_name", equalTo("Ana Pérez"));
        secretary(school).header("If-Match", "\"0\"").body(Map.of("second_name", "", "first_surname", "Muñoz"))
                .patch("/api/v1/students/" + id).then().statusCode(200)
                .body("full_name", equalTo("María Muñoz Pérez")).body("second_name", nullValue())
                .header("ETag", equalTo("\"1\""));
    }

    @Test
    void aGuardianWhoseDocumentExistsIsLinkedNotDuplicated() throws Exception {
        UUID school = UUID.randomUUID();
        String mother = cc();
        create(school, with(student(ti(), "Juan", null, "Rojas", null), "guardians",
                List.of(guardian(mother, "Carmen Rojas", "madre", true))));
        UUID sibling = create(school, with(student(ti(), "Pedro", null, "Rojas", null), "guardians",
                List.of(guardian(mother, "Carmen Rojas Díaz", "madre", true))));
        assertEquals(1, TestDatabase.count("select count(*) from student.guardians where school_id = ?", school));
        secretary(school).get("/api/v1/students/" + sibling + "/guardians").then()
                .body("[0].full_name", equalTo("Carmen Rojas Díaz"));
        secretary(school).body(guardian(cc(), "Otra Madre", "madre", true))
                .post("/api/v1/students/" + sibling + "/guardians").then().statusCode(409);
        secretary(school).body(guardian(mother, "Carmen Rojas Díaz", "madre", false))
                .post("/api/v1/students/" + sibling + "/guardians").then().statusCode(409);
        String father = cc();
        secretary(school).body(guardian(father, "Jorge Rojas", "padre", false))
                .post("/api/v1/students/" + sibling + "/guardians").then().statusCode(201);
        UUID fatherId = UUID.fromString(secretary(school).queryParam("q", father).get("/api/v1/guardians")
                .then().statusCode(200).extract().path("items[0].id"));
        secretary(school).delete("/api/v1/students/" + sibling + "/guardians/" + fatherId).then().statusCode(204);
        secretary(school).get("/api/v1/students/" + sibling + "/guardians").then().body("", hasSize(1));
    }

    @Test
    void everyDocumentTypeSimatListsCanBeHeld() {
        UUID school = UUID.randomUUID();
        Map<String, String> numbers = Map.of("NIP", "123456789", "CABILDO", "CAB2027", "VISA", "V1234567",
                "TMF", "TMF998877", "PEP", "123456789012345", "PPT", "4567890");
        numbers.forEach((type, number) -> secretary(school)
                .body(with(with(student(ti(), "Ana", null, "Gil", null), "document_type", type), "document_number", number))
                .post("/api/v1/students").then().statusCode(201).body("document_type", equalTo(type)));
    }

    @Test
    void refusesBadStudentsFieldByFieldAndWritesNothing() throws Exception {
        UUID school = UUID.randomUUID();
        secretary(school).body(with(with(student("12345", "Ana", null, "Gil", null), "gender", "X"), "birth_date", "2999-01-01"))
                .post("/api/v1/students").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("gender", "birth_date"));
        secretary(school).body(student("12345", "Ana", null, "Gil", null)).post("/api/v1/students").then()
                .statusCode(400).body("errors[0].field", equalTo("document_number"))
                .body("errors[0].message", containsString("10 or 11 digits"));
        secretary(school).body(with(student(ti(), "Ana", null, "Gil", null), "document_type", "DNI"))
                .post("/api/v1/students").then().statusCode(400).body("errors[0].field", equalTo("document_type"));
        secretary(school).body(Map.of("first_name", "Ana")).post("/api/v1/students").then().statusCode(400)
                .body("errors.field", hasItems("document_type", "document_number", "first_surname", "birth_date", "gender"));
        secretary(school).body(with(student(ti(), "Ana", null, "Gil", null), "guardians",
                        List.of(guardian(cc(), "X", "madre", true), guardian(cc(), "Y", "vecina", true))))
                .post("/api/v1/students").then().statusCode(400)
                .body("errors.field", hasItems("guardians[1].relationship"));
        secretary(school).body(with(student(ti(), "Ana", null, "Gil", null), "guardians",
                        List.of(guardian("12", "X", "madre", true), guardian(cc(), "Y", "padre", true))))
                .post("/api/v1/students").then().statusCode(400)
                .body("errors.field", hasItems("guardians[0].document_number", "guardians"));
        secretary(school).body(with(student(ti(), "Ana", null, "Gil", null), "school_id", UUID.randomUUID().toString()))
                .post("/api/v1/students").then().statusCode(400).body("errors[0].field", equalTo("school_id"));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
        assertEquals(0, TestDatabase.count("select count(*) from student.guardians where school_id = ?", school));
    }

    @Test
    void aControlCharacterInAnyTextIsA400NamingTheFieldNeverA500() throws Exception {
        UUID school = UUID.randomUUID();
        secretary(school).body(student(ti(), "Ana\u0000", null, "Gil", null))
                .post("/api/v1/students").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("first_name"))
                .body("errors[0].message", containsString("control characters"));
        secretary(school).body(with(student(ti(), "Ana", null, "Gil", null), "extra_data", Map.of("nota", "a\u0000b")))
                .post("/api/v1/students").then().statusCode(400).body("errors[0].field", equalTo("extra_data.nota"));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aDeactivationReasonThatIsTooLongOrHoldsControlsIsA400AndChangesNothing() throws Exception {
        UUID school = UUID.randomUUID();
        UUID id = create(school, "Lina", "Mora");
        for (String reason : new String[] {"x".repeat(501), "Retiro\u0000"}) {
            secretary(school).queryParam("reason", reason).delete("/api/v1/students/" + id).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        }
        assertEquals(1, TestDatabase.count("select count(*) from student.students where id = ? and is_active "
                + "and version = 0", id));
    }

    @Test
    void freeFormJsonIsBoundedAndAnOversizedOneWritesNothing() throws Exception {
        UUID school = UUID.randomUUID();
        Map<String, Object> huge = Map.of("notas", "x".repeat(20_000));
        secretary(school).body(with(student(ti(), "Ana", null, "Gil", null), "extra_data", huge))
                .post("/api/v1/students").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("extra_data"))
                .body("errors[0].message", containsString("16384 bytes"));
        UUID id = create(school, "Ana", "Gil");
        secretary(school).body(Map.of("extra_data", huge)).patch("/api/v1/students/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("extra_data"));
        secretary(school).body(Map.of("extra_data", Map.of("notas", "x".repeat(1_000)))).patch("/api/v1/students/" + id)
                .then().statusCode(200);
        assertEquals(1, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aDuplicateDocumentIsAConflictAndStaleWritesAreRefused() throws Exception {
        UUID school = UUID.randomUUID();
        String document = ti();
        UUID id = create(school, student(document, "Sara", null, "León", null));
        secretary(school).body(student(document, "Otra", null, "Persona", null)).post("/api/v1/students")
                .then().statusCode(409).body("detail", containsString(document));
        secretary(school).body(Map.of("first_name", "Sarita")).patch("/api/v1/students/" + id).then().statusCode(200);
        secretary(school).header("If-Match", "\"0\"").body(Map.of("first_name", "Otra"))
                .patch("/api/v1/students/" + id).then().statusCode(412).contentType("application/problem+json");
        UUID other = create(school, "Tomás", "León");
        secretary(school).body(Map.of("document_number", document)).patch("/api/v1/students/" + other)
                .then().statusCode(409);
        secretary(school).get("/api/v1/students/" + id).then().body("first_name", equalTo("Sarita"))
                .body("version", equalTo(1));
        assertEquals(1, TestDatabase.count("select count(*) from student.students where school_id = ? and document_number = ?",
                school, document));
    }

    @Test
    void anotherSchoolsStudentsAreInvisibleAndUntouchable() throws Exception {
        UUID schoolA = UUID.randomUUID();
        UUID schoolB = UUID.randomUUID();
        UUID inB = create(schoolB, "Valentina", "Ospina");
        secretary(schoolA).get("/api/v1/students/" + inB).then().statusCode(404);
        secretary(schoolA).queryParam("q", "valentina").get("/api/v1/students").then()
                .body("items.id", not(hasItem(inB.toString())));
        secretary(schoolA).body(Map.of("first_name", "Robada")).patch("/api/v1/students/" + inB).then().statusCode(404);
        secretary(schoolA).delete("/api/v1/students/" + inB).then().statusCode(404);
        secretary(schoolA).get("/api/v1/students/" + inB + "/guardians").then().statusCode(404);
        secretary(schoolA).body(guardian(cc(), "Intruso", "tutor", false)).post("/api/v1/students/" + inB + "/guardians")
                .then().statusCode(404);
        secretary(schoolA).get("/api/v1/students/" + inB + "/enrollment-history").then().statusCode(404);
        secretary(schoolA).get("/api/v1/students/" + inB + "/data-export").then().statusCode(404);
        secretary(schoolA).post("/api/v1/students/" + inB + "/anonymize").then().statusCode(404);
        secretary(schoolA).body(Map.of("ids", List.of(inB.toString()))).post("/api/v1/students/lookup").then()
                .statusCode(200).body("items", hasSize(0));
        secretary(schoolB).get("/api/v1/students/" + inB).then().statusCode(200)
                .body("first_name", equalTo("Valentina")).body("version", equalTo(0)).body("is_active", equalTo(true));
        assertEquals(0, TestDatabase.count("select count(*) from student.student_guardians where student_id = ?", inB));
    }

    @Test
    void looksUpUpTo500IdsOfTheCallersSchool() {
        UUID school = UUID.randomUUID();
        UUID a = create(school, "Lucía", "Vargas");
        UUID b = create(school, "Mateo", "Vargas");
        secretary(school).body(Map.of("ids", List.of(a.toString(), b.toString(), UUID.randomUUID().toString())))
                .post("/api/v1/students/lookup").then().statusCode(200)
                .body("items", hasSize(2)).body("items.id", hasItems(a.toString(), b.toString()));
        List<String> tooMany = java.util.stream.IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID().toString()).toList();
        secretary(school).body(Map.of("ids", tooMany)).post("/api/v1/students/lookup").then().statusCode(400)
                .body("errors[0].field", equalTo("ids"));
        secretary(school).body(Map.of("ids", List.of("nope"))).post("/api/v1/students/lookup").then().statusCode(400);
    }

    @Test
    void deactivatingAnnouncesItThroughTheOutbox() {
        UUID school = UUID.randomUUID();
        UUID id = create(school, "Camilo", "Ruiz");
        secretary(school).queryParam("reason", "Retiro voluntario").delete("/api/v1/students/" + id).then()
                .statusCode(200).body("is_active", equalTo(false)).body("deactivation_reason", equalTo("Retiro voluntario"));
        try (TopicProbe probe = TopicProbe.of(StudentLifecycleEvent.TOPIC)) {
            JsonPath event = JsonPath.from(probe.await(1, r -> id.toString().equals(r.key()), Duration.ofSeconds(30))
                    .get(0).value());
            assertEquals("deactivated", event.getString("change"));
            assertNull(event.getString("reason"), "the staff's words stay in student-service");
            assertEquals(school.toString(), event.getString("school_id"));
            assertEquals(1, event.getInt("student_version"));
        }
    }

    @Test
    void rolesWithoutStudentPermissionsAreForbidden() {
        UUID school = UUID.randomUUID();
        UUID id = create(school, "Isabella", "Castro");
        as(school, Roles.ACUDIENTE).get("/api/v1/students/" + id).then().statusCode(403);
        as(school, Roles.ACUDIENTE).get("/api/v1/students").then().statusCode(403);
        // a teacher reads only the students of the courses they teach (TeacherScopeTest): this one is none of them
        as(school, Roles.TEACHER).get("/api/v1/students/" + id).then().statusCode(404);
        as(school, Roles.COORDINATOR).body(student(ti(), "X", null, "Y", null)).post("/api/v1/students")
                .then().statusCode(403);
        as(school, Roles.COORDINATOR).get("/api/v1/students/" + id).then().statusCode(200);
    }
}
