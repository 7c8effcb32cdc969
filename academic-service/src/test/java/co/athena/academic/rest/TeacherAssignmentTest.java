package co.athena.academic.rest;

import co.athena.academic.Staff;
import co.athena.academic.TenancyFake;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.as;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.create;
import static co.athena.academic.AcademicApi.group;
import static co.athena.academic.AcademicApi.subject;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who teaches a course, with history: one at a time, reassigning ends the previous one with its reason. */
@QuarkusTest
class TeacherAssignmentTest {

    private final UUID school = UUID.randomUUID();
    private UUID course;
    private UUID ana;
    private UUID beto;

    @BeforeEach
    void courseAndTeachers() throws Exception {
        UUID year = TenancyFake.schoolYear(school, "active");
        course = create(school, "/api/v1/course-offerings", Map.of("class_group_id", group(school, year, 6, "601").toString(),
                "subject_id", subject(school, area(school, "MAT"), "ALG").toString(), "weekly_hours", 4));
        ana = Staff.teacher(school);
        beto = Staff.teacher(school);
    }

    private Map<String, Object> assignment(UUID teacher, String startsOn, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("teacher_id", teacher.toString(), "starts_on", startsOn));
        if (reason != null) {
            body.put("reason", reason);
        }
        return body;
    }

    private String assign(UUID teacher, String startsOn, String reason) {
        return coordinator(school).body(assignment(teacher, startsOn, reason))
                .post("/api/v1/course-offerings/" + course + "/assignments").then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
    }

    @Test
    void reassigningEndsThePreviousAssignmentWithItsReasonAndTheHistoryKeepsBoth() {
        String first = assign(ana, "2027-01-25", null);
        coordinator(school).body(assignment(beto, "2027-04-01", null))
                .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        assign(beto, "2027-04-01", "Licencia de maternidad");
        coordinator(school).get("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].id", equalTo(first))
                .body("[0].teacher_id", equalTo(ana.toString()))
                .body("[0].ends_on", equalTo("2027-04-01"))
                .body("[0].end_reason", equalTo("Licencia de maternidad"))
                .body("[1].teacher_id", equalTo(beto.toString()))
                .body("[1].ends_on", nullValue());
        coordinator(school).get("/api/v1/teacher-assignments?teacher_id=" + ana + "&open=false").then()
                .body("items", hasSize(1));
        coordinator(school).get("/api/v1/teacher-assignments?open=true").then()
                .body("items", hasSize(1)).body("items[0].teacher_id", equalTo(beto.toString()));
    }

    @Test
    void onlyAnActiveTeacherOfThisSchoolIsAssigned() throws Exception {
        UUID secretary = UUID.randomUUID();
        Staff.announce(school, secretary, List.of(Roles.SECRETARY), true, 0);
        UUID gone = Staff.teacher(school);
        Staff.announce(school, gone, List.of(Roles.TEACHER), false, 1);
        UUID elsewhere = Staff.teacher(UUID.randomUUID());
        for (UUID teacher : List.of(secretary, gone, elsewhere, UUID.randomUUID())) {
            coordinator(school).body(assignment(teacher, "2027-01-25", null))
                    .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(422)
                    .body("errors[0].field", equalTo("teacher_id"));
        }
        assertEquals(0, TestDatabase.count("select count(*) from academic.teacher_assignments where school_id = ?", school));
    }

    @Test
    void anAssignmentEndsOnceNeverBeforeItStartedAndTheSameTeacherIsNotAssignedTwice() throws Exception {
        String id = assign(ana, "2027-01-25", null);
        coordinator(school).body(assignment(ana, "2027-02-01", "otra vez"))
                .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(409);
        coordinator(school).body(assignment(beto, "2027-01-10", "antes"))
                .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(422)
                .body("errors[0].field", equalTo("starts_on"));
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("ends_on", "2027-01-01", "reason", "Renuncia"))
                .post("/api/v1/teacher-assignments/" + id + "/end").then().statusCode(422);
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("ends_on", "2027-06-30", "reason", "Renuncia"))
                .post("/api/v1/teacher-assignments/" + id + "/end").then().statusCode(200)
                .body("ends_on", equalTo("2027-06-30")).header("ETag", "\"1\"");
        coordinator(school).body(Map.of("ends_on", "2027-06-30", "reason", "Renuncia"))
                .post("/api/v1/teacher-assignments/" + id + "/end").then().statusCode(409)
                .body("detail", containsString("2027-06-30"));
        assertEquals(1, TestDatabase.count("select count(*) from academic.teacher_assignments where school_id = ?", school));
    }

    @Test
    void anotherSchoolsCourseAndAssignmentAreNotFoundAndTeachersOnlyRead() {
        String id = assign(ana, "2027-01-25", null);
        UUID other = UUID.randomUUID();
        coordinator(other).get("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(404);
        coordinator(other).get("/api/v1/teacher-assignments/" + id).then().statusCode(404);
        coordinator(other).body(assignment(ana, "2027-02-01", "x"))
                .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(404);
        as(school, Roles.TEACHER).get("/api/v1/teacher-assignments/" + id).then().statusCode(200);
        as(school, Roles.TEACHER).body(Map.of("ends_on", "2027-06-30", "reason", "x"))
                .post("/api/v1/teacher-assignments/" + id + "/end").then().statusCode(403);
    }
}
