package co.athena.enrollment.rest;

import co.athena.enrollment.EnrollmentApi;
import co.athena.enrollment.SiblingFakes;
import co.athena.shared.security.Roles;
import co.athena.testing.JobPolls;
import co.athena.testing.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.as;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year rollover of a school whose 2026 has three active students with confirmed decisions: Ana promoted from
 * 601, Beto not promoted in 601, Carla promoted from 1101 (the last grade); 2027, in planning, has groups 701 and 601.
 */
@QuarkusTest
class RolloverTest {

    private final UUID school = UUID.randomUUID();
    private UUID thisYear;
    private UUID nextYear;
    private UUID ana;
    private UUID beto;
    private UUID carla;
    private UUID carlasEnrollment;

    @BeforeEach
    void threeStudentsWithConfirmedDecisionsAndANextYearWithGroups() {
        thisYear = SiblingFakes.schoolYear(school, "active");
        nextYear = SiblingFakes.schoolYear(school, "planning");
        SiblingFakes.classGroup(school, thisYear, 6, "601");
        SiblingFakes.classGroup(school, thisYear, 11, "1101");
        SiblingFakes.classGroup(school, nextYear, 7, "701");
        SiblingFakes.classGroup(school, nextYear, 6, "601");
        ana = activeIn(6, "601", "promoted");
        beto = activeIn(6, "601", "not_promoted");
        carla = activeIn(11, "1101", "promoted");
    }

    @Test
    void aDryRunReportsWhatEachStudentWouldGetAndWritesNothing() throws Exception {
        rollover(true, groups()).statusCode(200)
                .body("dry_run", equalTo(true)).body("enrolled", equalTo(2)).body("graduated", equalTo(1))
                .body(line(ana) + ".action", equalTo("enroll")).body(line(ana) + ".grade_level", equalTo(7))
                .body(line(ana) + ".group_code", equalTo("701")).body(line(ana) + ".enrollment_id", nullValue())
                .body(line(beto) + ".grade_level", equalTo(6)).body(line(beto) + ".group_code", equalTo("601"))
                .body(line(beto) + ".promotion", equalTo("not_promoted"))
                .body(line(carla) + ".action", equalTo("graduate"));
        assertEquals(0, enrollmentsIn(nextYear));
        assertEquals("active", EnrollmentApi.get(school, carlasEnrollment).getString("status"));
    }

    @Test
    void theRolloverEnrollsThePromotedOneGradeUpTheRetainedInTheSameAndGraduatesTheLast() throws Exception {
        String anasNew = rollover(false, groups()).statusCode(200)
                .body("dry_run", equalTo(false)).body(line(ana) + ".enrollment_id", notNullValue())
                .extract().path(line(ana) + ".enrollment_id");
        secretary(school).get("/api/v1/enrollments/" + anasNew).then().statusCode(200)
                .body("school_year_id", equalTo(nextYear.toString())).body("grade_level", equalTo(7))
                .body("group_code", equalTo("701")).body("status", equalTo("pending_documents"))
                .body("shift", equalTo("morning"));
        assertEquals(2, enrollmentsIn(nextYear));
        assertEquals("graduated", EnrollmentApi.get(school, carlasEnrollment).getString("status"));
        // each resulting enrollment and graduation flows through the usual event (history, SIMAT novelties)
        assertEquals(2, TestDatabase.count("select count(*) from enrollment.outbox where payload->>'school_year_id' = ? "
                + "and payload->>'reason_code' = 'created'", nextYear.toString()));
        assertEquals(1, TestDatabase.count("select count(*) from enrollment.outbox where payload->>'enrollment_id' = ? "
                + "and payload->>'to_status' = 'graduated'", carlasEnrollment.toString()));
    }

    @Test
    void aSecondRunCreatesNothingNew() throws Exception {
        rollover(false, groups()).statusCode(200);
        rollover(false, groups()).statusCode(200).body("enrolled", equalTo(0)).body("graduated", equalTo(0))
                .body("skipped", equalTo(2))
                .body(line(ana) + ".reason", containsString("already enrolled"));
        assertEquals(2, enrollmentsIn(nextYear));
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void aFailureHalfWayLeavesNothing() throws Exception {
        double failed = metrics.timer("athena.work", "kind", "year_rollover", "outcome", "failed").count();
        TestDatabase.update("""
                create function enrollment.refuse_beto() returns trigger language plpgsql as $$
                begin
                  if new.student_id = '%s' and new.school_year_id = '%s' then
                    raise exception 'the disk is full';
                  end if;
                  return new;
                end $$""".formatted(beto, nextYear));
        TestDatabase.update("create trigger refuse_beto before insert on enrollment.enrollments "
                + "for each row execute function enrollment.refuse_beto()");
        try {
            rollover(false, groups()).statusCode(500);
        } finally {
            TestDatabase.update("drop trigger refuse_beto on enrollment.enrollments");
            TestDatabase.update("drop function enrollment.refuse_beto()");
        }
        assertEquals(0, enrollmentsIn(nextYear));
        assertEquals("active", EnrollmentApi.get(school, carlasEnrollment).getString("status"));
        assertEquals(failed + 1, metrics.timer("athena.work", "kind", "year_rollover", "outcome", "failed").count());
    }

    @Test
    void nothingRollsOverWhileADecisionIsUnconfirmed() throws Exception {
        activeIn(6, "601", null);
        rollover(false, groups()).statusCode(409).body("detail", containsString("1 students"));
        assertEquals(0, enrollmentsIn(nextYear));
    }

    @Test
    void aGroupMappingToAnotherGradeIsRefusedNamingIt() throws Exception {
        rollover(false, Map.of("promoted_groups", Map.of("601", "601"))).statusCode(422)
                .body("errors[0].field", equalTo("promoted_groups.601"))
                .body("errors[0].message", containsString("go to grade 7"));
        assertEquals(0, enrollmentsIn(nextYear));
    }

    @Test
    void withAcademicServiceDownNothingRollsOver() throws Exception {
        SiblingFakes.academic().down();
        try {
            rollover(false, groups()).statusCode(503);
        } finally {
            SiblingFakes.academic().up();
        }
        assertEquals(0, enrollmentsIn(nextYear));
    }

    @Test
    void asAJobTheRolloverGoesFromRunningToSucceededWithEveryStudentProcessed() throws Exception {
        String job = secretary(school).header("Prefer", "respond-async").body(body(false, groups()))
                .post("/api/v1/enrollments/rollovers").then().statusCode(202).body("status", equalTo("running"))
                .extract().header("Location");

        JsonPath done = JobPolls.ended(() -> secretary(school), job);

        assertEquals("succeeded", done.getString("status"));
        assertEquals(3, done.getInt("total"));
        assertEquals(3, done.getInt("processed"));
        assertEquals(2, done.getInt("result.enrolled"));
        assertEquals(2, enrollmentsIn(nextYear));
    }

    @Test
    void asAJobARefusedRolloverFailsSayingWhyAndLeavesNothing() throws Exception {
        activeIn(6, "601", null);
        String job = secretary(school).header("Prefer", "respond-async").body(body(false, groups()))
                .post("/api/v1/enrollments/rollovers").then().statusCode(202).extract().header("Location");

        JsonPath failed = JobPolls.ended(() -> secretary(school), job);

        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getString("errors[0].message").contains("1 students"), failed.prettify());
        assertEquals(0, enrollmentsIn(nextYear));
    }

    @Test
    void onlyStaffWhoWriteEnrollmentsRollAYearOver() {
        as(school, Roles.TEACHER).body(body(false, groups())).post("/api/v1/enrollments/rollovers").then()
                .statusCode(403);
        secretary(school).body(Map.of("from_school_year_id", thisYear.toString(), "to_school_year_id",
                thisYear.toString())).post("/api/v1/enrollments/rollovers").then().statusCode(400);
    }

    @Test
    void anotherSchoolCannotRollThisSchoolsYears() throws Exception {
        secretary(UUID.randomUUID()).body(body(false, Map.of())).post("/api/v1/enrollments/rollovers").then()
                .statusCode(422).body("errors.field", equalTo(List.of("from_school_year_id", "to_school_year_id")));
        assertEquals(0, enrollmentsIn(nextYear));
    }

    private UUID activeIn(int grade, String group, String outcome) {
        UUID student = SiblingFakes.activeStudent(school);
        UUID enrollment = UUID.fromString(EnrollmentApi.create(school, student, thisYear, grade, group, "morning")
                .getString("id"));
        EnrollmentApi.move(school, enrollment, "in_review", null);
        EnrollmentApi.move(school, enrollment, "active", null);
        if (outcome != null) {
            SiblingFakes.promotion(school, thisYear, student, outcome, true);
        }
        if (grade == 11) {
            carlasEnrollment = enrollment;
        }
        return student;
    }

    private Map<String, Object> groups() {
        return Map.of("promoted_groups", Map.of("601", "701"), "retained_groups", Map.of("601", "601"));
    }

    private ValidatableResponse rollover(boolean dryRun, Map<String, Object> mappings) {
        return secretary(school).body(body(dryRun, mappings)).post("/api/v1/enrollments/rollovers").then()
                .log().ifValidationFails();
    }

    private Map<String, Object> body(boolean dryRun, Map<String, Object> mappings) {
        Map<String, Object> body = new HashMap<>(mappings);
        body.put("from_school_year_id", thisYear.toString());
        body.put("to_school_year_id", nextYear.toString());
        body.put("dry_run", dryRun);
        return body;
    }

    private String line(UUID student) {
        return "students.find { it.student_id == '" + student + "' }";
    }

    private long enrollmentsIn(UUID year) throws Exception {
        return TestDatabase.count("select count(*) from enrollment.enrollments where school_year_id = ?", year);
    }
}
