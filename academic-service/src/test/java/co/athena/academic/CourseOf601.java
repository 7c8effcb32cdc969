package co.athena.academic;

import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicWriter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.create;
import static co.athena.academic.AcademicApi.group;
import static co.athena.academic.AcademicApi.subject;

/**
 * A school with an active year and a course of group 601, given by its teacher (since 2026-10-01), with three
 * students placed from enrollment events (active since 2026-10-01). Its periods are each test's to announce.
 */
public record CourseOf601(UUID school, UUID year, UUID classGroup, UUID course, UUID teacherId, List<UUID> students) {

    public static CourseOf601 withWeeklyHours(int weeklyHours) throws Exception {
        UUID school = UUID.randomUUID();
        UUID year = TenancyFake.schoolYear(school, "active");
        UUID sixA = group(school, year, 6, "601");
        UUID course = create(school, "/api/v1/course-offerings", Map.of("class_group_id", sixA.toString(),
                "subject_id", subject(school, area(school, "MAT"), "ALG").toString(), "weekly_hours", weeklyHours));
        UUID teacher = Staff.teacher(school);
        coordinator(school).body(Map.of("teacher_id", teacher.toString(), "starts_on", "2026-10-01"))
                .post("/api/v1/course-offerings/" + course + "/assignments").then().statusCode(201);
        List<UUID> students = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            students.add(enrolledIn601(school, year));
        }
        Awaitility.await("the roster").atMost(Duration.ofSeconds(30)).until(() -> coordinator(school)
                .get("/api/v1/course-offerings/" + course + "/roster").then().extract().jsonPath().getList("").size() == 3);
        return new CourseOf601(school, year, sixA, course, teacher, students);
    }

    /** Requests as the course's teacher. */
    public RequestSpecification asTeacher() {
        return asTeacher(teacherId);
    }

    /** Requests as a teacher of the school, by user id. */
    public RequestSpecification asTeacher(UUID user) {
        return RestAssured.given().contentType(ContentType.JSON)
                .auth().oauth2(TestTokens.forUser(user.toString(), school, Roles.TEACHER));
    }

    private static UUID enrolledIn601(UUID school, UUID year) {
        UUID enrollment = UUID.randomUUID();
        UUID student = UUID.randomUUID();
        TopicWriter.send(EnrollmentStatusChangedEvent.TOPIC, enrollment.toString(), """
                {"event_id":"%s","school_id":"%s","enrollment_id":"%s","student_id":"%s","school_year_id":"%s",
                 "grade_level":6,"group_code":"601","shift":"morning","from_status":"in_review","to_status":"active",
                 "reason":null,"changed_by":"secretaria","changed_at":"2026-10-01T15:00:00Z","enrollment_version":2,
                 "reason_code":"staff_decision"}""".formatted(UUID.randomUUID(), school, enrollment, student, year));
        return student;
    }
}
