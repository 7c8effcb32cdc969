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
import static co.athena.academic.AcademicApi.subject;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A grade's plan: subjects and hours, and each area's weight from its hours unless the school sets it. */
@QuarkusTest
class StudyPlanResourceTest {

    private final UUID school = UUID.randomUUID();
    private final UUID year = TenancyFake.schoolYear(school, "planning");
    private UUID maths;
    private UUID science;
    private UUID algebra;
    private UUID geometry;
    private UUID biology;

    @BeforeEach
    void catalog() {
        maths = area(school, "MAT");
        science = area(school, "CN");
        algebra = subject(school, maths, "ALG");
        geometry = subject(school, maths, "GEO");
        biology = subject(school, science, "BIO");
    }

    private static Map<String, Object> hours(UUID subject, int weeklyHours) {
        return Map.of("subject_id", subject.toString(), "weekly_hours", weeklyHours);
    }

    private Map<String, Object> plan(List<Map<String, Object>> subjects, Map<String, Object> weights) {
        return Map.of("school_year_id", year.toString(), "grade_level", 6, "subjects", subjects,
                "area_weights", weights);
    }

    @Test
    void anAreaWeighsByItsSubjectsHoursUnlessItsWeightIsSet() {
        UUID id = create(school, "/api/v1/study-plans", plan(List.of(hours(algebra, 3), hours(geometry, 1),
                hours(biology, 4)), Map.of()));
        coordinator(school).get("/api/v1/study-plans/" + id).then().statusCode(200)
                .body("total_weekly_hours", equalTo(8))
                .body("subjects", hasSize(3))
                .body("areas.find { it.code == 'MAT' }.weekly_hours", equalTo(4))
                .body("areas.find { it.code == 'MAT' }.weight", equalTo(50.0f))
                .body("areas.find { it.code == 'MAT' }.weight_set", equalTo(false));
        coordinator(school).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"area_weights\": {\"" + science + "\": 30}}").patch("/api/v1/study-plans/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("areas.find { it.code == 'CN' }.weight", equalTo(30.0f))
                .body("areas.find { it.code == 'CN' }.weight_set", equalTo(true))
                .body("areas.find { it.code == 'MAT' }.weight", equalTo(70.0f));
    }

    @Test
    void aPatchReplacesTheSubjectListAsAWhole() {
        UUID id = create(school, "/api/v1/study-plans", plan(List.of(hours(algebra, 3), hours(biology, 4)), Map.of()));
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("subjects", List.of(hours(geometry, 2))))
                .patch("/api/v1/study-plans/" + id).then().statusCode(200)
                .body("subjects", hasSize(1)).body("subjects[0].code", equalTo("GEO")).body("total_weekly_hours", equalTo(2));
        coordinator(school).get("/api/v1/study-plans?school_year_id=" + year).then()
                .body("items", hasSize(1)).body("items[0].subjects[0].weekly_hours", equalTo(2));
    }

    @Test
    void weightsAndSubjectsOutsideTheRulesAreRefusedAndChangeNothing() throws Exception {
        coordinator(school).body(plan(List.of(hours(algebra, 3), hours(algebra, 1)), Map.of()))
                .post("/api/v1/study-plans").then().statusCode(400).body("errors[0].field", equalTo("subjects[1].subject_id"));
        coordinator(school).body(plan(List.of(hours(algebra, 3), hours(UUID.randomUUID(), 1)), Map.of()))
                .post("/api/v1/study-plans").then().statusCode(422).body("errors[0].field", equalTo("subjects[1].subject_id"));
        coordinator(school).body(plan(List.of(hours(algebra, 3)), Map.of(science.toString(), 20)))
                .post("/api/v1/study-plans").then().statusCode(422)
                .body("errors[0].field", equalTo("area_weights." + science));
        coordinator(school).body(plan(List.of(hours(algebra, 3), hours(biology, 2)),
                        Map.of(maths.toString(), 60, science.toString(), 30)))
                .post("/api/v1/study-plans").then().statusCode(400)
                .body("errors[0].message", containsString("must add up to 100 %, not 90"));
        coordinator(school).body(plan(List.of(hours(algebra, 3), hours(biology, 2), hours(geometry, 1)),
                        Map.of(maths.toString(), 101)))
                .post("/api/v1/study-plans").then().statusCode(400);
        coordinator(school).body(plan(List.of(hours(algebra, 3), hours(biology, 2)), Map.of(maths.toString(), 100,
                        science.toString(), 20)))
                .post("/api/v1/study-plans").then().statusCode(400)
                .body("errors[0].message", containsString("120 %, more than 100"));
        coordinator(school).body(plan(List.of(hours(algebra, 41)), Map.of())).post("/api/v1/study-plans").then()
                .statusCode(400).body("errors[0].field", equalTo("subjects[0].weekly_hours"));
        assertEquals(0, TestDatabase.count("select count(*) from academic.study_plans where school_id = ?", school));
    }

    @Test
    void oneplanPerGradeAndYearAndASubjectInAPlanCannotGo() throws Exception {
        create(school, "/api/v1/study-plans", plan(List.of(hours(algebra, 3)), Map.of()));
        coordinator(school).body(plan(List.of(hours(biology, 3)), Map.of())).post("/api/v1/study-plans").then()
                .statusCode(409).body("detail", equalTo("this school year already has a study plan for that grade"));
        coordinator(school).delete("/api/v1/subjects/" + algebra).then().statusCode(409)
                .body("detail", equalTo("the subject is in a study plan; take it out first"));
        assertEquals(1, TestDatabase.count("select count(*) from academic.subject_catalog where id = ?", algebra));
    }
}
