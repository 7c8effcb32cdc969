package co.athena.academic.rest;

import co.athena.academic.CourseOf601;
import co.athena.academic.Periods;
import co.athena.shared.security.Roles;
import co.athena.testing.JobPolls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.as;
import static co.athena.academic.AcademicApi.coordinator;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Year-end promotion of group 601 (three students, one course of one area), its one period graded 4.5, 3.0 and 2.8
 * (the school's default rule: three failed areas retain, so one failed area leaves Sofía pending her recovery).
 */
@QuarkusTest
class PromotionTest {

    private CourseOf601 fixture;
    private UUID school;
    private List<UUID> students;

    @BeforeEach
    void group601GradedForTheYear() throws Exception {
        fixture = CourseOf601.withWeeklyHours(4);
        school = fixture.school();
        students = fixture.students();
        Periods.open(school, fixture.year(), 1, LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-30"));
        UUID quiz = UUID.fromString(fixture.asTeacher().body(Map.of("period", 1, "type", "exam", "title", "Final",
                "weight", 100)).post("/api/v1/course-offerings/" + fixture.course() + "/activities").then()
                .statusCode(201).extract().path("id"));
        fixture.asTeacher().body(Map.of("entries", List.of(score(0, 4.5), score(1, 3.0), score(2, 2.8))))
                .put("/api/v1/activities/" + quiz + "/scores").then().statusCode(200);
    }

    @Test
    void theRuleGivesEachStudentAnOutcomeWithTheAreasTheyFailed() {
        compute().body("", hasSize(3))
                .body(of(0) + ".outcome", equalTo("promoted"))
                .body(of(1) + ".outcome", equalTo("promoted"))
                .body(of(2) + ".computed", equalTo("pending_recovery"))
                .body(of(2) + ".failed_areas[0].area", equalTo("Área MAT"))
                .body(of(2) + ".failed_areas[0].grade", equalTo(2.8f))
                .body(of(2) + ".grade_level", equalTo(6))
                .body("confirmed_at", everyItem(nullValue()));
    }

    @Test
    void asAJobTheComputationCountsItsGroupsAndPointsAtTheDecisions() {
        String job = coordinator(school).header("Prefer", "respond-async").body(year())
                .post("/api/v1/promotions/computations").then().statusCode(202).extract().header("Location");

        JsonPath done = JobPolls.ended(() -> coordinator(school), job);

        assertEquals("succeeded", done.getString("status"), done.prettify());
        assertEquals(done.getInt("total"), done.getInt("processed"));
        assertEquals(3, done.getInt("result.decisions"));
        coordinator(school).get(done.getString("result_url")).then().statusCode(200).body("", hasSize(3));
    }

    @Test
    void theComisionDecidesOtherwiseOnlyWithAReason() {
        String sofia = compute().extract().path(of(2) + ".id");
        coordinator(school).body(Map.of("outcome", "promoted")).put("/api/v1/promotions/" + sofia).then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        coordinator(school).body(Map.of("outcome", "promoted", "reason", "Aprobó la superación del área"))
                .put("/api/v1/promotions/" + sofia).then().statusCode(200)
                .body("outcome", equalTo("promoted")).body("computed", equalTo("pending_recovery"))
                .body("override_reason", equalTo("Aprobó la superación del área"))
                .body("decided_by", notNullValue());
        compute().body(of(2) + ".outcome", equalTo("promoted"));
    }

    @Test
    void nothingIsConfirmedWhileARecoveryIsPendingAndAConfirmedDecisionIsFinal() {
        String sofia = compute().extract().path(of(2) + ".id");
        coordinator(school).body(year()).post("/api/v1/promotions/confirmations").then().statusCode(409)
                .body("detail", containsString("1 students still wait"));
        coordinator(school).body(Map.of("outcome", "not_promoted", "reason", "No presentó la superación"))
                .put("/api/v1/promotions/" + sofia).then().statusCode(200);
        coordinator(school).body(year()).post("/api/v1/promotions/confirmations").then().statusCode(200)
                .body("confirmed_at", everyItem(notNullValue()));
        coordinator(school).body(Map.of("outcome", "promoted", "reason", "x")).put("/api/v1/promotions/" + sofia)
                .then().statusCode(409);
        compute().body(of(2) + ".outcome", equalTo("not_promoted"));
    }

    @Test
    void secretariesReadTheDecisionsAndTeachersDoNot() {
        compute();
        as(school, Roles.SECRETARY).get("/api/v1/promotions?school_year_id=" + fixture.year()).then().statusCode(200)
                .body("", hasSize(3));
        fixture.asTeacher().get("/api/v1/promotions?school_year_id=" + fixture.year()).then().statusCode(403);
        as(school, Roles.SECRETARY).body(year()).post("/api/v1/promotions/computations").then().statusCode(403);
    }

    @Test
    void anotherSchoolSeesAndDecidesNothing() {
        String sofia = compute().extract().path(of(2) + ".id");
        UUID elsewhere = UUID.randomUUID();
        coordinator(elsewhere).body(Map.of("outcome", "promoted", "reason", "x")).put("/api/v1/promotions/" + sofia)
                .then().statusCode(404);
        coordinator(elsewhere).get("/api/v1/promotions?school_year_id=" + fixture.year()).then().statusCode(200)
                .body("", hasSize(0));
    }

    private io.restassured.response.ValidatableResponse compute() {
        return coordinator(school).body(year()).post("/api/v1/promotions/computations").then().statusCode(200);
    }

    private Map<String, Object> year() {
        return Map.of("school_year_id", fixture.year().toString());
    }

    private String of(int student) {
        return "find { it.student_id == '" + students.get(student) + "' }";
    }

    private Map<String, Object> score(int student, double value) {
        return Map.of("student_id", students.get(student).toString(), "score", value);
    }
}
