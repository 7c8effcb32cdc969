package co.athena.tenancy.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.as;
import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Errors a person can act on: each names what was wrong and what is expected (the one mapping in shared-model). */
@QuarkusTest
class ErrorShapesTest {

    private UUID school;

    @BeforeEach
    void aSchool() {
        school = createSchool("Colegio de los Errores " + UUID.randomUUID());
    }

    @Test
    void aMalformedIdInThePathIs400NamingTheParameter() {
        rector(school).get("/api/v1/school-years/not-an-id").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", containsString("UUID"));
    }

    @Test
    void aBodyOfTheWrongMediaTypeIs415NamingWhatIsAccepted() {
        rector(school).contentType("text/plain").body("name=2027").post("/api/v1/school-years").then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("text/plain"))
                .body("detail", containsString("application/json"));
    }

    @Test
    void aDateInAnotherFormatIs400NamingTheFormat() {
        rector(school).body(Map.of("name", "Año 2031", "starts_on", "20/01/2031", "ends_on", "2031-11-30"))
                .post("/api/v1/school-years").then().statusCode(400)
                .body("errors[0].field", equalTo("starts_on"))
                .body("errors[0].message", equalTo("must be a date as YYYY-MM-DD"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "application/json             | [\"name\"]         | the body must be a JSON object",
            "application/merge-patch+json | [\"name\"]         | the body must be a JSON object",
            "application/merge-patch+json | {\"pei_summary\": | the body is not valid JSON",
    })
    void aBodyThatIsNotAnObjectSaysSoAndChangesNothing(String type, String body, String detail) {
        rector(school).contentType(type).body(body).patch("/api/v1/school/settings").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo(detail));
        rector(school).get("/api/v1/school/settings").then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void aForbiddenCallNamesThePermissionItNeeds() {
        as(TestTokens.forSchool(school, Roles.TEACHER))
                .body(Map.of("name", "Año 2032", "starts_on", "2032-01-20", "ends_on", "2032-11-30"))
                .post("/api/v1/school-years").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("config:institution"));
    }
}
