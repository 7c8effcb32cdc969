package co.athena.tenancy.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.as;
import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.createYear;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SchoolYearResourceTest {

    @Test
    void createsReadsListsAndPatchesAYear() {
        UUID school = createSchool("Colegio Años");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        rector(school).get("/api/v1/school-years/" + year).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("2027"))
                .body("status", equalTo("planning"))
                .body("allowed_transitions", contains("active"));
        as(TestTokens.forSchool(school, Roles.TEACHER)).get("/api/v1/school-years").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(year.toString()));
        rector(school).header("If-Match", "\"0\"").body(Map.of("name", "Año lectivo 2027"))
                .patch("/api/v1/school-years/" + year).then().statusCode(200)
                .body("name", equalTo("Año lectivo 2027")).body("version", equalTo(1));
        rector(school).queryParam("status", "active").get("/api/v1/school-years").then().body("items", hasSize(0));
        rector(school).queryParam("status", "bogus").get("/api/v1/school-years").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void refusesBadYearsAndWritesNothing() throws Exception {
        UUID school = createSchool("Colegio Años Malos");
        createYear(school, "2027", "2027-01-25", "2027-11-30");
        rector(school).body(Map.of("name", "2028", "starts_on", "2028-11-30", "ends_on", "2028-01-01"))
                .post("/api/v1/school-years").then().statusCode(400).body("errors[0].field", equalTo("ends_on"));
        rector(school).body(Map.of("name", "", "starts_on", "not-a-date")).post("/api/v1/school-years")
                .then().statusCode(400);
        rector(school).body(Map.of("starts_on", "2028-01-01")).post("/api/v1/school-years")
                .then().statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("ends_on"));
        rector(school).body(Map.of("name", "2027", "starts_on", "2027-02-01", "ends_on", "2027-11-01"))
                .post("/api/v1/school-years").then().statusCode(409).body("detail", containsString("2027"));
        rector(school).body(Map.of("name", "2029", "starts_on", "2029-01-01", "ends_on", "2029-11-01",
                "status", "active")).post("/api/v1/school-years").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        assertEquals(1, TestDatabase.count("select count(*) from tenancy.school_years where school_id = ?", school));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "planning, active, 200", "planning, closed, 409", "planning, archived, 409", "planning, planning, 409",
            "active, closed, 200", "active, planning, 409", "active, archived, 409",
            "closed, archived, 200", "closed, active, 409", "closed, planning, 409",
            "archived, planning, 409", "archived, active, 409", "archived, closed, 409"})
    void followsTheStatusFlow(String from, String to, int expected) {
        UUID school = createSchool("Colegio Flujo");
        UUID year = createYear(school, "Flujo", "2027-01-25", "2027-11-30");
        List<String> path = List.of("planning", "active", "closed", "archived");
        for (String step : path.subList(1, path.indexOf(from) + 1)) {
            rector(school).body(Map.of("to", step)).post("/api/v1/school-years/" + year + "/transitions")
                    .then().statusCode(200);
        }
        var response = rector(school).body(Map.of("to", to)).post("/api/v1/school-years/" + year + "/transitions");
        response.then().statusCode(expected);
        if (expected == 409) {
            response.then().contentType("application/problem+json")
                    .body("current_status", equalTo(from))
                    .body("allowed_transitions", equalTo(from.equals("archived") ? List.of()
                            : List.of(path.get(path.indexOf(from) + 1))));
            rector(school).get("/api/v1/school-years/" + year).then().body("status", equalTo(from));
        } else {
            response.then().body("status", equalTo(to));
        }
    }

    @Test
    void aSchoolHasAtMostOneActiveYear() throws Exception {
        UUID school = createSchool("Colegio Un Activo");
        UUID first = createYear(school, "2027", "2027-01-25", "2027-11-30");
        UUID second = createYear(school, "2028", "2028-01-25", "2028-11-30");
        rector(school).body(Map.of("to", "active")).post("/api/v1/school-years/" + first + "/transitions")
                .then().statusCode(200);
        rector(school).body(Map.of("to", "active")).post("/api/v1/school-years/" + second + "/transitions")
                .then().statusCode(409).body("detail", containsString("already active"));
        rector(school).body(Map.of("to", "graduated")).post("/api/v1/school-years/" + second + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        assertEquals(1, TestDatabase.count(
                "select count(*) from tenancy.school_years where school_id = ? and status = 'active'", school));
        try (var connection = TestDatabase.asAdmin(); var statement = connection.createStatement()) {
            var refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () ->
                    statement.executeUpdate("update tenancy.school_years set status = 'active' where id = '" + second + "'"));
            assertEquals("23505", refused.getSQLState(), "the database itself refuses a second active year");
        }
    }

    @Test
    void deletesOnlyPlanningYears() {
        UUID school = createSchool("Colegio Borrar");
        UUID year = createYear(school, "Borrable", "2027-01-25", "2027-11-30");
        UUID active = createYear(school, "Activo", "2028-01-25", "2028-11-30");
        rector(school).body(Map.of("to", "active")).post("/api/v1/school-years/" + active + "/transitions");
        rector(school).delete("/api/v1/school-years/" + active).then().statusCode(409);
        rector(school).delete("/api/v1/school-years/" + year).then().statusCode(204);
        rector(school).get("/api/v1/school-years/" + year).then().statusCode(404);
    }

    @Test
    void anotherSchoolsYearsAreInvisibleAndUntouchable() throws Exception {
        UUID schoolA = createSchool("Colegio A");
        UUID schoolB = createSchool("Colegio B");
        UUID yearB = createYear(schoolB, "2027", "2027-01-25", "2027-11-30");
        rector(schoolA).get("/api/v1/school-years/" + yearB).then().statusCode(404);
        rector(schoolA).get("/api/v1/school-years").then().body("items.id", not(hasItem(yearB.toString())));
        rector(schoolA).body(Map.of("name", "Robado")).patch("/api/v1/school-years/" + yearB).then().statusCode(404);
        rector(schoolA).body(Map.of("to", "active")).post("/api/v1/school-years/" + yearB + "/transitions")
                .then().statusCode(404);
        rector(schoolA).delete("/api/v1/school-years/" + yearB).then().statusCode(404);
        rector(schoolA).get("/api/v1/school-years/" + yearB + "/periods").then().statusCode(404);
        rector(schoolA).body(Map.of("number", 1, "name", "P1", "starts_on", "2027-02-01", "ends_on", "2027-04-01"))
                .post("/api/v1/school-years/" + yearB + "/periods").then().statusCode(404);
        rector(schoolB).get("/api/v1/school-years/" + yearB).then().statusCode(200)
                .body("name", equalTo("2027")).body("status", equalTo("planning")).body("version", equalTo(0));
        assertEquals(0, TestDatabase.count("select count(*) from tenancy.academic_periods where school_year_id = ?", yearB));
    }

    @Test
    void rolesWithoutConfigInstitutionCannotChangeYears() {
        UUID school = createSchool("Colegio Roles");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        for (String role : List.of(Roles.SECRETARY, Roles.COORDINATOR, Roles.TEACHER, Roles.STUDENT)) {
            as(TestTokens.forSchool(school, role)).body(Map.of("name", "x", "starts_on", "2030-01-01",
                    "ends_on", "2030-02-01")).post("/api/v1/school-years").then().statusCode(403);
            as(TestTokens.forSchool(school, role)).body(Map.of("to", "active"))
                    .post("/api/v1/school-years/" + year + "/transitions").then().statusCode(403);
        }
        rector(school).get("/api/v1/school-years/" + year).then().body("status", equalTo("planning"));
    }
}
