package co.athena.enrollment.rest;

import co.athena.enrollment.SiblingFakes;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.request;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What SIMAT asks of an enrollment beyond grade, group and shift: given, merged, checked, and announced when the sede moves. */
@QuarkusTest
class EnrollmentSimatDataTest {

    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");

    private String enroll(Map<String, Object> simat) {
        Map<String, Object> body = new HashMap<>(request(SiblingFakes.activeStudent(school), year, 10, "1001", "morning"));
        body.put("simat", simat);
        return secretary(school).body(body).post("/api/v1/enrollments").then().statusCode(201).extract().path("id");
    }

    @Test
    void theSimatDataIsKeptAsGivenAndMergedFieldByField() {
        String id = enroll(Map.of("sede", "10500100012302", "repeating", true, "character", "2", "specialty", "06"));
        secretary(school).get("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("simat.sede", equalTo("10500100012302"))
                .body("simat.repeating", equalTo(true))
                .body("simat.specialty", equalTo("06"))
                .body("simat.new_student", nullValue());
        secretary(school).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"simat\": {\"repeating\": null, \"from_private_school\": true}}")
                .patch("/api/v1/enrollments/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("simat.repeating", nullValue())
                .body("simat.from_private_school", equalTo(true))
                .body("simat.specialty", equalTo("06"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "sede                    | 12345     | must be the sede's 14-digit CONS_SEDE",
            "methodology             | 6         | must be one of SIMAT's codes: 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 39, 43, 51",
            "character               | 3         | must be one of SIMAT's codes: 0, 1, 2",
            "specialty               | 11        | must be one of SIMAT's codes: 00, 05, 06, 07, 08, 09, 10, 16",
            "previous_year_situation | 3         | must be one of SIMAT's codes: 0, 1, 2, 4, 6, 7, 8",
            "agreement_number        | 1234567890123456789012 | size must be between 0 and 21"})
    void aValueOutsideSimatsTablesIsRefusedNamingTheField(String field, String value, String message) throws Exception {
        Map<String, Object> body = new HashMap<>(request(SiblingFakes.activeStudent(school), year, 6, "601", "morning"));
        body.put("simat", Map.of(field, value));
        secretary(school).body(body).post("/api/v1/enrollments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("simat." + field))
                .body("errors[0].message", containsString(message));
        assertEquals(0, TestDatabase.count("select count(*) from enrollment.enrollments where school_id = ?", school));
    }

    @Test
    void movingToAnotherSedeIsAnnouncedAndOtherSimatDataIsNot() throws Exception {
        String id = enroll(Map.of());
        patch(id, 0, "{\"simat\": {\"repeating\": true}}");
        assertEquals(1, events(id)); // the creation only
        patch(id, 1, "{\"simat\": {\"sede\": \"10500100012302\"}}");
        assertEquals(2, events(id)); // a placement change SIMAT must hear of
    }

    private void patch(String id, long version, String body) {
        secretary(school).header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json")
                .body(body).patch("/api/v1/enrollments/" + id).then().statusCode(200);
    }

    private static long events(String enrollmentId) throws Exception {
        return TestDatabase.count("select count(*) from enrollment.outbox where payload->>'enrollment_id' = ?",
                enrollmentId);
    }
}
