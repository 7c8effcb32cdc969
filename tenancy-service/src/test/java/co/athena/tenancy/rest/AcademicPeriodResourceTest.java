package co.athena.tenancy.rest;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.createYear;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class AcademicPeriodResourceTest {

    private static Map<String, Object> period(int number, String from, String to) {
        return Map.of("number", number, "name", "Periodo " + number, "starts_on", from, "ends_on", to);
    }

    @Test
    void createsListsPatchesAndMovesPeriods() {
        UUID school = createSchool("Colegio Periodos");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        String base = "/api/v1/school-years/" + year + "/periods";
        rector(school).body(period(2, "2027-04-01", "2027-06-15")).post(base).then().statusCode(201)
                .header("Location", containsString(base + "/2")).body("status", equalTo("draft"));
        rector(school).body(period(1, "2027-01-25", "2027-03-31")).post(base).then().statusCode(201);
        rector(school).get(base).then().statusCode(200).body("number", contains(1, 2));
        rector(school).header("If-Match", "\"0\"").body(Map.of("name", "Primer periodo", "ends_on", "2027-03-30"))
                .patch(base + "/1").then().statusCode(200).body("name", equalTo("Primer periodo"))
                .body("ends_on", equalTo("2027-03-30")).header("ETag", equalTo("\"1\""));
        rector(school).body(Map.of("to", "open")).post(base + "/1/transitions").then().statusCode(200)
                .body("status", equalTo("open")).body("allowed_transitions", contains("closed"));
        rector(school).body(Map.of("to", "published")).post(base + "/1/transitions").then().statusCode(409)
                .body("allowed_transitions", contains("closed"));
        rector(school).delete(base + "/1").then().statusCode(409);
        rector(school).delete(base + "/2").then().statusCode(204);
        rector(school).get(base + "/2").then().statusCode(404);
    }

    @Test
    void overlappingPeriodsAreAConflictAndChangeNothing() throws Exception {
        UUID school = createSchool("Colegio Solape");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        String base = "/api/v1/school-years/" + year + "/periods";
        rector(school).body(period(1, "2027-01-25", "2027-03-31")).post(base).then().statusCode(201);
        rector(school).body(period(2, "2027-03-31", "2027-06-15")).post(base).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("overlap"));
        rector(school).body(period(1, "2027-05-01", "2027-06-15")).post(base).then().statusCode(409)
                .body("detail", containsString("period 1"));
        rector(school).body(period(2, "2027-04-01", "2027-06-15")).post(base).then().statusCode(201);
        rector(school).body(Map.of("starts_on", "2027-03-15")).patch(base + "/2").then().statusCode(409);
        assertEquals(2, TestDatabase.count("select count(*) from tenancy.academic_periods where school_year_id = ?", year));
        try (var connection = TestDatabase.asAdmin(); var statement = connection.createStatement()) {
            var refused = assertThrows(java.sql.SQLException.class, () -> statement.executeUpdate(
                    "update tenancy.academic_periods set starts_on = '2027-03-01' where school_year_id = '" + year
                            + "' and number = 2"));
            assertEquals("23P01", refused.getSQLState(), "the database itself refuses overlapping periods");
        }
    }

    @Test
    void periodsStayInsideTheirYear() throws Exception {
        UUID school = createSchool("Colegio Fechas");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        String base = "/api/v1/school-years/" + year + "/periods";
        rector(school).body(period(1, "2027-01-01", "2027-03-31")).post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("starts_on"));
        rector(school).body(period(1, "2027-10-01", "2027-12-31")).post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("ends_on"));
        rector(school).body(period(0, "2027-02-01", "2027-03-31")).post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("number"));
        rector(school).body(period(1, "2027-02-01", "2027-03-31")).post(base).then().statusCode(201);
        rector(school).body(Map.of("ends_on", "2027-03-01")).patch("/api/v1/school-years/" + year)
                .then().statusCode(409).body("detail", containsString("outside"));
        assertEquals(1, TestDatabase.count("select count(*) from tenancy.academic_periods where school_year_id = ?", year));
        rector(school).get("/api/v1/school-years/" + year).then().body("ends_on", equalTo("2027-11-30"));
    }

    @Test
    void unknownYearOrPeriodIs404() {
        UUID school = createSchool("Colegio 404");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        rector(school).get("/api/v1/school-years/" + UUID.randomUUID() + "/periods").then().statusCode(404);
        rector(school).get("/api/v1/school-years/" + year + "/periods/9").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
