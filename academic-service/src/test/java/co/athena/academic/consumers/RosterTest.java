package co.athena.academic.consumers;

import co.athena.academic.TenancyFake;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.create;
import static co.athena.academic.AcademicApi.group;
import static co.athena.academic.AcademicApi.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rosters follow enrollment-service's status changes on the real broker. */
@QuarkusTest
class RosterTest {

    private static final Duration CONSUMED = Duration.ofSeconds(30);

    private final UUID school = UUID.randomUUID();
    private final UUID enrollment = UUID.randomUUID();
    private final UUID student = UUID.randomUUID();
    private UUID year;
    private UUID sixA;
    private UUID sixB;
    private UUID maths;

    @BeforeEach
    void groups() {
        year = TenancyFake.schoolYear(school, "active");
        sixA = group(school, year, 6, "601");
        sixB = group(school, year, 6, "602");
        maths = create(school, "/api/v1/course-offerings", Map.of("class_group_id", sixA.toString(),
                "subject_id", subject(school, area(school, "MAT"), "ALG").toString(), "weekly_hours", 4));
    }

    private void announce(UUID enrollmentId, String groupCode, String from, String to, long version, String day) {
        announce(school, year, enrollmentId, student, groupCode, from, to, version, day);
    }

    private static void announce(UUID school, UUID year, UUID enrollmentId, UUID student, String groupCode, String from,
                                 String to, long version, String day) {
        String event = """
                {"event_id":"%s","school_id":"%s","enrollment_id":"%s","student_id":"%s","school_year_id":"%s",
                 "grade_level":6,"group_code":"%s","shift":"morning","from_status":"%s","to_status":"%s",
                 "reason":null,"changed_by":"secretaria","changed_at":"%sT15:00:00Z","enrollment_version":%d,
                 "reason_code":"staff_decision"}""".formatted(UUID.randomUUID(), school, enrollmentId, student, year,
                groupCode, from, to, day, version);
        TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, enrollmentId.toString(), event);
    }

    private JsonPath roster(String path, Predicate<JsonPath> done) {
        return Awaitility.await(path).atMost(CONSUMED).until(() -> coordinator(school).get(path).then()
                .statusCode(200).extract().jsonPath(), done);
    }

    @Test
    void anActiveEnrollmentJoinsItsGroupsCoursesMovesWithItAndLeavesOnWithdrawalKeptWithDates() throws Exception {
        announce(enrollment, "601", "in_review", "active", 2, "2027-02-01");
        roster("/api/v1/course-offerings/" + maths + "/roster", r -> r.getList("").size() == 1);
        announce(enrollment, "602", "active", "active", 3, "2027-03-01");
        roster("/api/v1/class-groups/" + sixB + "/roster", r -> r.getList("").size() == 1);
        JsonPath history = roster("/api/v1/class-groups/" + sixA + "/roster?with_past=true", r -> r.getList("").size() == 1);
        assertEquals("2027-02-01", history.getString("[0].starts_on"));
        assertEquals("2027-03-01", history.getString("[0].ends_on"));
        assertEquals("moved", history.getString("[0].end_reason"));
        roster("/api/v1/course-offerings/" + maths + "/roster", r -> r.getList("").isEmpty());

        // a redelivered older change moves nobody back
        announce(enrollment, "601", "in_review", "active", 2, "2027-02-01");
        announce(enrollment, "602", "active", "withdrawn", 4, "2027-05-10");
        JsonPath left = roster("/api/v1/class-groups/" + sixB + "/roster?with_past=true",
                r -> "withdrawn".equals(r.getString("[0].end_reason")));
        assertEquals("2027-05-10", left.getString("[0].ends_on"));
        assertEquals(2, TestDatabase.count("select count(*) from academic.class_group_enrollments where enrollment_id = ?",
                enrollment));
    }

    @Test
    void aCoursesRosterIsItsGroupsStudentsNowReadInItsOwnSchoolOnly() {
        UUID other = UUID.randomUUID();
        UUID otherYear = TenancyFake.schoolYear(other, "active");
        UUID otherMaths = create(other, "/api/v1/course-offerings", Map.of("class_group_id",
                group(other, otherYear, 6, "602").toString(), "subject_id",
                subject(other, area(other, "MAT"), "ALG").toString(), "weekly_hours", 4));
        announce(other, otherYear, UUID.randomUUID(), UUID.randomUUID(), "602", "in_review", "active", 2, "2027-02-01");
        announce(enrollment, "601", "in_review", "active", 2, "2027-02-01");
        Awaitility.await().atMost(CONSUMED).until(() -> coordinator(other).get("/api/v1/course-offerings/" + otherMaths
                + "/roster").then().statusCode(200).extract().jsonPath().getList("").size() == 1);

        JsonPath roster = roster("/api/v1/course-offerings/" + maths + "/roster", r -> r.getList("").size() == 1);
        assertEquals(List.of(student.toString()), roster.getList("student_id"));
        assertEquals(sixA.toString(), roster.getString("[0].class_group_id"));
        assertEquals("2027-02-01", roster.getString("[0].starts_on"));
        UUID emptyGroupsCourse = create(school, "/api/v1/course-offerings", Map.of("class_group_id", sixB.toString(),
                "subject_id", subject(school, area(school, "LEN"), "LEC").toString(), "weekly_hours", 4));
        coordinator(school).get("/api/v1/course-offerings/" + emptyGroupsCourse + "/roster").then().statusCode(200)
                .body("", hasSize(0));
        coordinator(other).get("/api/v1/course-offerings/" + maths + "/roster").then().statusCode(404);
    }

    @Test
    void aGroupCodeNoGroupHasIsListedUntilTheGroupIsCreated() {
        announce(enrollment, "6-z", "in_review", "active", 2, "2027-02-01");
        JsonPath unplaced = roster("/api/v1/unplaced-enrollments?school_year_id=" + year,
                r -> r.getList("items").size() == 1);
        assertEquals("6-Z", unplaced.getString("items[0].group_code"));
        assertEquals(enrollment.toString(), unplaced.getString("items[0].enrollment_id"));
        UUID late = group(school, year, 6, "6-Z");
        coordinator(school).get("/api/v1/class-groups/" + late + "/roster").then().statusCode(200)
                .body("enrollment_id", equalTo(List.of(enrollment.toString())));
        coordinator(school).get("/api/v1/unplaced-enrollments?school_year_id=" + year).then()
                .body("items", hasSize(0));
        coordinator(UUID.randomUUID()).get("/api/v1/class-groups/" + late + "/roster").then().statusCode(404);
    }
}
