package co.athena.academic.rest;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.as;
import static co.athena.academic.AcademicApi.coordinator;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The school's academic settings: defaults first, then the school's own, guarded by If-Match. */
@QuarkusTest
class AcademicSettingsTest {

    private final UUID school = UUID.randomUUID();

    @Test
    void aSchoolStartsWithTheDefaultThresholdAndSetsItsOwn() {
        coordinator(school).get("/api/v1/academic-settings").then().statusCode(200)
                .header("ETag", "\"0\"").body("absence_threshold_percent", equalTo(25.0f));
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("absence_threshold_percent", 20.5))
                .put("/api/v1/academic-settings").then().statusCode(200).body("absence_threshold_percent", equalTo(20.5f));
        as(school, "teacher").get("/api/v1/academic-settings").then().statusCode(200)
                .body("absence_threshold_percent", equalTo(20.5f));
        coordinator(UUID.randomUUID()).get("/api/v1/academic-settings").then()
                .body("absence_threshold_percent", equalTo(25.0f));
    }

    @Test
    void aStaleIfMatchIsA412AndChangesNothing() throws Exception {
        coordinator(school).body(Map.of("absence_threshold_percent", 30)).put("/api/v1/academic-settings").then()
                .statusCode(200);
        coordinator(school).body(Map.of("absence_threshold_percent", 40)).put("/api/v1/academic-settings").then()
                .statusCode(200);
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("absence_threshold_percent", 10))
                .put("/api/v1/academic-settings").then().statusCode(412);
        assertEquals(1, TestDatabase.count("select count(*) from academic.academic_settings where school_id = ? "
                + "and absence_threshold_percent = 40", school));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "100.01", "12.345", "null"})
    void aThresholdOutsideItsRangeIsA400AndChangesNothing(String value) throws Exception {
        coordinator(school).body("{\"absence_threshold_percent\": " + value + "}").put("/api/v1/academic-settings")
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, TestDatabase.count("select count(*) from academic.academic_settings where school_id = ?",
                school));
    }
}
