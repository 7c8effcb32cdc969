package co.athena.enrollment.rest;

import co.athena.enrollment.SiblingFakes;
import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.as;
import static co.athena.enrollment.EnrollmentApi.create;
import static co.athena.enrollment.EnrollmentApi.enrollmentsOf;
import static co.athena.enrollment.EnrollmentApi.move;
import static co.athena.enrollment.EnrollmentApi.request;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EnrollmentResourceTest {

    // a new school per test (JUnit makes a new instance per test), with a year its siblings know
    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "planning");

    @Test
    void createsAnEnrollmentWithItsFirstHistoryEntry() {
        // every SIMAT grade family is stored: adult cycles (21–26) and the normal schools' programme (41–45) too
        for (int grade : new int[]{-2, 11, 21, 26, 41, 45, 99}) {
            secretary(school).body(request(SiblingFakes.activeStudent(school), year, grade, null, "night"))
                    .post("/api/v1/enrollments").then().statusCode(201).body("grade_level", equalTo(grade));
        }
        for (int grade : new int[]{12, 20, 27, 40, 46}) {
            secretary(school).body(request(SiblingFakes.activeStudent(school), year, grade, null, "night"))
                    .post("/api/v1/enrollments").then().statusCode(400).body("errors[0].field", equalTo("grade_level"));
        }

        UUID student = SiblingFakes.activeStudent(school);
        String user = UUID.randomUUID().toString();
        SiblingFakes.student().clearReceived();
        SiblingFakes.tenancy().clearReceived();
        String token = TestTokens.forUser(user, school, Roles.SECRETARY);
        JsonPath created = RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(request(student, year, 0, "t-a", "full_day"))
                .post("/api/v1/enrollments")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/enrollments/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("pending_documents"))
                .body("group_code", equalTo("T-A"))
                .body("grade_level", equalTo(0))
                .body("allowed_transitions", equalTo(List.of("in_review", "withdrawn")))
                .body("simat_status", equalTo("not_reported"))
                .body("status_history", hasSize(1))
                .body("status_history[0].status", equalTo("pending_documents"))
                .body("status_history[0].reason", equalTo("Creación inicial"))
                .body("status_history[0].changed_by", equalTo(user))
                .body("status_history[0].changed_at", notNullValue())
                .extract().jsonPath();
        assertEquals(student.toString(), created.getString("student_id"));
        // both checks ran on the caller's own token
        assertEquals("Bearer " + token, SiblingFakes.student().received().get(0).header("Authorization"));
        assertEquals("Bearer " + token, SiblingFakes.tenancy().received().get(0).header("Authorization"));
        secretary(school).get("/api/v1/enrollments/" + created.getString("id")).then().statusCode(200)
                .header("ETag", "\"0\"").body("student_id", equalTo(student.toString()));
    }

    @Test
    void badInputIsA400AndWritesNothing() throws Exception {
        UUID student = SiblingFakes.activeStudent(school);
        Map<String, Object> noStudent = request(student, year, 6, "601", "morning");
        noStudent.remove("student_id");
        Map<String, Object> unknownField = request(student, year, 6, "601", "morning");
        unknownField.put("school_id", UUID.randomUUID().toString());
        Map<String, Object> noShift = request(student, year, 6, "601", "morning");
        noShift.remove("shift");
        List<Object[]> cases = List.of(
                new Object[]{noStudent, "student_id"},
                new Object[]{request(student, year, 12, "601", "morning"), "grade_level"},
                new Object[]{request(student, year, -3, "601", "morning"), "grade_level"},
                new Object[]{request(student, year, 6, "601", "tarde"), "shift"},
                new Object[]{noShift, "shift"},
                new Object[]{request(student, year, 6, "6 A!", "morning"), "group_code"},
                new Object[]{unknownField, "school_id"});
        for (Object[] c : cases) {
            secretary(school).body(c[0]).post("/api/v1/enrollments").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c[1]));
        }
        secretary(school).body("{\"student_id\": ").post("/api/v1/enrollments").then().statusCode(400)
                .contentType("application/problem+json");
        secretary(school).body(Map.of("student_id", "not-a-uuid", "school_year_id", year.toString(),
                "grade_level", 6, "shift", "morning")).post("/api/v1/enrollments").then().statusCode(400);
        assertEquals(0, enrollmentsOf(school));
    }

    @Test
    void aReferenceTheSiblingsDoNotKnowIsA422NamingIt() throws Exception {
        UUID otherSchool = UUID.randomUUID();
        UUID strangerStudent = SiblingFakes.activeStudent(otherSchool);
        UUID inactive = SiblingFakes.student(school, "TI", "1098765432", "Luis", null, "Gómez", null,
                LocalDate.of(2014, 1, 2), "M", false);
        UUID closedYear = SiblingFakes.schoolYear(school, "closed");
        UUID student = SiblingFakes.activeStudent(school);

        secretary(school).body(request(UUID.randomUUID(), year, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("student_id")));
        secretary(school).body(request(strangerStudent, year, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(422).body("errors.field", equalTo(List.of("student_id")));
        secretary(school).body(request(inactive, year, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(422).body("errors[0].message", containsString("inactive"));
        secretary(school).body(request(student, UUID.randomUUID(), 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(422).body("errors.field", equalTo(List.of("school_year_id")));
        secretary(school).body(request(student, closedYear, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(422).body("errors[0].message", containsString("closed"));
        // a year of another school is as unknown as one that does not exist
        secretary(school).body(request(student, SiblingFakes.schoolYear(otherSchool, "active"), 6, "601", "morning"))
                .post("/api/v1/enrollments").then().statusCode(422);
        secretary(school).body(request(UUID.randomUUID(), UUID.randomUUID(), 6, "601", "morning"))
                .post("/api/v1/enrollments").then().statusCode(422)
                .body("errors.field", equalTo(List.of("school_year_id", "student_id")));
        assertEquals(0, enrollmentsOf(school));
    }

    @Test
    void aSecondEnrollmentOfTheStudentInTheYearIsAConflict() throws Exception {
        UUID student = SiblingFakes.activeStudent(school);
        create(school, student, year, 6, "601", "morning");
        secretary(school).body(request(student, year, 7, "701", "afternoon")).post("/api/v1/enrollments")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already has an enrollment"));
        create(school, student, SiblingFakes.schoolYear(school, "active"), 7, "701", "morning");
        assertEquals(2, enrollmentsOf(school));
    }

    @Test
    void anotherSchoolsEnrollmentIsNotFound() {
        UUID id = UUID.fromString(create(school, SiblingFakes.activeStudent(school), year, 6, "601", "morning")
                .getString("id"));
        UUID other = UUID.randomUUID();
        secretary(other).get("/api/v1/enrollments/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        secretary(other).body(Map.of("group_code", "602")).patch("/api/v1/enrollments/" + id).then().statusCode(404);
        secretary(other).body(Map.of("to", "in_review")).post("/api/v1/enrollments/" + id + "/transitions")
                .then().statusCode(404);
        secretary(school).get("/api/v1/enrollments/" + UUID.randomUUID()).then().statusCode(404);
        secretary(other).get("/api/v1/enrollments").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void listsFilterAndPageWithACursor() {
        UUID otherYear = SiblingFakes.schoolYear(school, "active");
        create(school, SiblingFakes.activeStudent(school), year, 6, "601", "morning");
        create(school, SiblingFakes.activeStudent(school), year, 6, "602", "morning");
        create(school, SiblingFakes.activeStudent(school), year, 7, "701", "afternoon");
        String moving = create(school, SiblingFakes.activeStudent(school), year, 7, "701", "afternoon").getString("id");
        create(school, SiblingFakes.activeStudent(school), otherYear, 6, "601", "morning");
        move(school, UUID.fromString(moving), "in_review", null);

        secretary(school).queryParam("school_year_id", year.toString()).get("/api/v1/enrollments")
                .then().statusCode(200).body("items", hasSize(4));
        secretary(school).queryParam("grade_level", 6).get("/api/v1/enrollments").then().body("items", hasSize(3));
        secretary(school).queryParam("group_code", "701").get("/api/v1/enrollments").then().body("items", hasSize(2));
        secretary(school).queryParam("status", "in_review").get("/api/v1/enrollments").then()
                .body("items", hasSize(1)).body("items[0].id", equalTo(moving));
        secretary(school).queryParam("status", "enrolled").get("/api/v1/enrollments").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));

        JsonPath first = secretary(school).queryParam("limit", 2).get("/api/v1/enrollments").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        JsonPath second = secretary(school).queryParam("limit", 2).queryParam("cursor", first.getString("next_cursor"))
                .get("/api/v1/enrollments").then().body("items", hasSize(2)).extract().jsonPath();
        JsonPath third = secretary(school).queryParam("limit", 2).queryParam("cursor", second.getString("next_cursor"))
                .get("/api/v1/enrollments").then().body("items", hasSize(1)).extract().jsonPath();
        assertNull(third.getString("next_cursor"));
        assertTrue(first.getString("items[1].id").compareTo(second.getString("items[0].id")) < 0);
        secretary(school).queryParam("limit", 500).get("/api/v1/enrollments").then().statusCode(400);
    }

    @Test
    void placementChangesNeedTheCurrentVersion() {
        String id = create(school, SiblingFakes.activeStudent(school), year, 6, "601", "morning").getString("id");
        secretary(school).header("If-Match", "\"0\"").body(Map.of("group_code", "602", "shift", "single"))
                .patch("/api/v1/enrollments/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("group_code", equalTo("602")).body("shift", equalTo("single"))
                .body("status_history", hasSize(1));
        secretary(school).header("If-Match", "\"0\"").body(Map.of("group_code", "603"))
                .patch("/api/v1/enrollments/" + id).then().statusCode(412).contentType("application/problem+json");
        secretary(school).body(Map.of("grade_level", 13)).patch("/api/v1/enrollments/" + id).then().statusCode(400)
                .body("errors.field", equalTo(List.of("grade_level")));
        secretary(school).body(Map.of("shift", "evening")).patch("/api/v1/enrollments/" + id).then().statusCode(400);
        secretary(school).body(Map.of("grade_level", 99)).patch("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("grade_level", equalTo(99)).body("group_code", equalTo("602"));
        move(school, UUID.fromString(id), "withdrawn", "Cambio de ciudad");
        secretary(school).body(Map.of("group_code", "604")).patch("/api/v1/enrollments/" + id).then().statusCode(409);
        secretary(school).get("/api/v1/enrollments/" + id).then().body("group_code", equalTo("602"));
    }

    @Test
    void permissionsComeFromTheRoleMap() {
        UUID student = SiblingFakes.activeStudent(school);
        as(school, Roles.TEACHER).body(request(student, year, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(403).contentType("application/problem+json");
        as(school, Roles.TEACHER).get("/api/v1/enrollments").then().statusCode(403);
        as(school, Roles.ACUDIENTE).get("/api/v1/enrollments").then().statusCode(403);
        RestAssured.given().get("/api/v1/enrollments").then().statusCode(401);
        RestAssured.given().auth().oauth2(TestTokens.signedByStranger(school, Roles.RECTOR))
                .get("/api/v1/enrollments").then().statusCode(401);
        as(school, Roles.COORDINATOR).body(request(student, year, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(201);
        // a platform token is bound to no school: tenant endpoints refuse it
        RestAssured.given().auth().oauth2(TestTokens.superadmin()).get("/api/v1/enrollments").then().statusCode(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        RestAssured.given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/enrollments/{id}/transitions"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/simat/exports/{id}/confirm"));
    }

}
