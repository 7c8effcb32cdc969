package co.athena.academic.rest;

import co.athena.academic.TenancyFake;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.create;
import static co.athena.academic.AcademicApi.group;
import static co.athena.academic.AcademicApi.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Courses from each grade's study plan for every group of the year, adjustable, generated once. */
@QuarkusTest
class CourseOfferingResourceTest {

    private final UUID school = UUID.randomUUID();
    private final UUID year = TenancyFake.schoolYear(school, "active");
    private UUID maths;
    private UUID algebra;
    private UUID geometry;

    @BeforeEach
    void catalog() {
        maths = area(school, "MAT");
        algebra = subject(school, maths, "ALG");
        geometry = subject(school, maths, "GEO");
    }

    private void planForSixthGrade() {
        create(school, "/api/v1/study-plans", Map.of("school_year_id", year.toString(), "grade_level", 6,
                "subjects", List.of(Map.of("subject_id", algebra.toString(), "weekly_hours", 4),
                        Map.of("subject_id", geometry.toString(), "weekly_hours", 1))));
    }

    private io.restassured.response.ValidatableResponse generate() {
        return coordinator(school).body(Map.of("school_year_id", year.toString()))
                .post("/api/v1/course-offerings/generation").then().statusCode(200);
    }

    @Test
    void everyGroupOfAPlannedGradeGetsThePlansCoursesOnce() throws Exception {
        planForSixthGrade();
        UUID a = group(school, year, 6, "601");
        group(school, year, 6, "602");
        UUID seventh = group(school, year, 7, "701");
        generate().body("created", hasSize(4)).body("already_there", equalTo(0))
                .body("groups_without_plan", equalTo(List.of(seventh.toString())));
        generate().body("created", hasSize(0)).body("already_there", equalTo(4));
        coordinator(school).get("/api/v1/course-offerings?class_group_id=" + a).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.subject_id == '" + algebra + "' }.weekly_hours", equalTo(4));
        assertEquals(4, TestDatabase.count("select count(*) from academic.course_offerings where school_id = ?", school));
    }

    @Test
    void aCourseIsAddedByHandAdjustedAndDeletedAndItsGroupCannotGoMeanwhile() {
        UUID a = group(school, year, 6, "601");
        UUID course = create(school, "/api/v1/course-offerings", Map.of("class_group_id", a.toString(),
                "subject_id", algebra.toString(), "weekly_hours", 3));
        coordinator(school).body(Map.of("class_group_id", a.toString(), "subject_id", algebra.toString(),
                "weekly_hours", 2)).post("/api/v1/course-offerings").then().statusCode(409);
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("weekly_hours", 5))
                .patch("/api/v1/course-offerings/" + course).then().statusCode(200).body("weekly_hours", equalTo(5));
        coordinator(school).delete("/api/v1/class-groups/" + a).then().statusCode(409)
                .body("detail", equalTo("the group has courses; delete them first"));
        coordinator(school).header("If-Match", "\"1\"").delete("/api/v1/course-offerings/" + course).then().statusCode(204);
        coordinator(school).delete("/api/v1/class-groups/" + a).then().statusCode(204);
    }

    @Test
    void aGroupOrSubjectOfAnotherSchoolIsAnUnprocessableReference() throws Exception {
        UUID other = UUID.randomUUID();
        UUID theirGroup = group(other, TenancyFake.schoolYear(other, "active"), 6, "601");
        coordinator(school).body(Map.of("class_group_id", theirGroup.toString(), "subject_id", UUID.randomUUID().toString(),
                        "weekly_hours", 3)).post("/api/v1/course-offerings").then().statusCode(422)
                .body("errors.field", equalTo(List.of("class_group_id", "subject_id")));
        coordinator(other).body(Map.of("school_year_id", year.toString())).post("/api/v1/course-offerings/generation")
                .then().statusCode(422);
        assertEquals(0, TestDatabase.count("select count(*) from academic.course_offerings where school_id = ?", school));
    }
}
