package co.athena.academic.rest;

import co.athena.academic.Periods;
import co.athena.academic.Siee;
import co.athena.academic.TenancyFake;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.as;
import static co.athena.academic.AcademicApi.coordinator;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A school year's evaluation system through the API: defaults, a whole change, the freeze after a closed period. */
@QuarkusTest
class EvaluationSystemTest {

    private UUID school;
    private UUID year;
    private String path;

    @BeforeEach
    void aSchoolYear() {
        school = UUID.randomUUID();
        year = TenancyFake.schoolYear(school, "active");
        path = "/api/v1/evaluation-system?school_year_id=" + year;
    }

    @Test
    void aYearStartsWithTheDefaultsAsVersionZero() {
        as(school, "teacher").get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0)).body("frozen", equalTo(false)).body("updated_by", nullValue())
                .body("rules.passing_grade", equalTo(3.0f))
                .body("rules.performance_levels.level", contains("bajo", "basico", "alto", "superior"))
                .body("rules.performance_levels[3].min", equalTo(4.6f));
    }

    @Test
    void aSchoolSetsItsOwnAndEveryChangeIsKept() {
        Map<String, Object> rules = Siee.with("dimensions", List.of(Map.of("name", "cognitivo", "percent", 40),
                Map.of("name", "procedimental", "percent", 35), Map.of("name", "actitudinal", "percent", 25)));
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("rules", rules)).put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("rules.dimensions.name", contains("cognitivo", "procedimental",
                        "actitudinal"));
        coordinator(school).body(Map.of("rules", Siee.with("absence_threshold_percent", 20))).put(path).then()
                .statusCode(200).header("ETag", "\"2\"");
        coordinator(school).body(Map.of("rules", Siee.with("absence_threshold_percent", 20))).put(path).then()
                .statusCode(200).header("ETag", "\"2\"");
        as(school, "teacher").get(path.replace("?", "/changes?")).then().statusCode(200)
                .body("version", contains(1, 2)).body("[1].rules.absence_threshold_percent", equalTo(20));
    }

    @Test
    void levelsWithAGapAreA400NamingItAndChangeNothing() throws Exception {
        Map<String, Object> rules = Siee.with("performance_levels", List.of(Siee.level("bajo", 1.0, 2.9),
                Siee.level("basico", 3.0, 3.8), Siee.level("alto", 4.0, 4.5), Siee.level("superior", 4.6, 5.0)));
        coordinator(school).body(Map.of("rules", rules)).put(path).then().statusCode(400)
                .body("errors.field", hasItem("rules.performance_levels[2].min"))
                .body("errors.message", hasItem(containsString("3.9 is in no level")));
        assertEquals(0, stored());
    }

    @Test
    void malformedRulesAreA400() throws Exception {
        coordinator(school).body(Map.of("rules", Siee.with("passing_grade", 3.05))).put(path).then().statusCode(400);
        coordinator(school).body(Map.of("rules", Siee.with("missing_score", "zero"))).put(path).then().statusCode(400);
        coordinator(school).body(Map.of("rules", Siee.with("scale", Map.of("min", 0, "max", 10)))).put(path).then()
                .statusCode(400);
        coordinator(school).body(Map.of("rules", Siee.rules())).put("/api/v1/evaluation-system").then().statusCode(400);
        assertEquals(0, stored());
    }

    @Test
    void aStaleVersionIsA412AndAnotherSchoolsYearIsNotFound() throws Exception {
        coordinator(school).body(Map.of("rules", Siee.rules())).put(path).then().statusCode(200);
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("rules", Siee.with("absence_threshold_percent",
                10))).put(path).then().statusCode(412);
        coordinator(UUID.randomUUID()).get(path).then().statusCode(404);
        coordinator(UUID.randomUUID()).body(Map.of("rules", Siee.rules())).put(path).then().statusCode(422);
        assertEquals(1, TestDatabase.count("select count(*) from academic.evaluation_systems where school_year_id = ? "
                + "and rules->>'absence_threshold_percent' = '25'", year));
    }

    @Test
    void withTenancyDownTheYearCannotBeCheckedA503AndNothingIsStored() throws Exception {
        TenancyFake.tenancy().down();
        try {
            coordinator(school).body(Map.of("rules", Siee.rules())).put(path).then().statusCode(503)
                    .header("Retry-After", "5");
            coordinator(school).get(path).then().statusCode(503);
        } finally {
            TenancyFake.tenancy().up();
        }
        assertEquals(0, stored());
    }

    @Test
    void onceAPeriodIsClosedAChangeNamesTheVersionItReplacesAndWhy() throws Exception {
        coordinator(school).body(Map.of("rules", Siee.rules())).put(path).then().statusCode(200);
        UUID period = UUID.randomUUID();
        LocalDate from = LocalDate.parse("2027-02-01");
        Periods.send(period, Periods.event(school, year, period, 1, from, from.plusDays(60), "closed", false, 2));
        Periods.awaitVersion(period, 2);
        as(school, "teacher").get(path).then().body("frozen", equalTo(true));

        Map<String, Object> stricter = Map.of("rules", Siee.with("absence_threshold_percent", 15));
        coordinator(school).body(stricter).put(path).then().statusCode(428);
        coordinator(school).header("If-Match", "\"1\"").body(stricter).put(path).then().statusCode(400)
                .body("errors.field", hasItem("change_reason"));
        coordinator(school).header("If-Match", "\"1\"").body(Map.of("rules", Siee.with("absence_threshold_percent", 15),
                        "change_reason", "Acta 12 del consejo directivo"))
                .put(path).then().statusCode(200).header("ETag", "\"2\"");
        as(school, "teacher").get(path.replace("?", "/changes?")).then()
                .body("reason", contains(null, "Acta 12 del consejo directivo"));
    }

    private long stored() throws Exception {
        return TestDatabase.count("select count(*) from academic.evaluation_systems where school_year_id = ?", year);
    }
}
