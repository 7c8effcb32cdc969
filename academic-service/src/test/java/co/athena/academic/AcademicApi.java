package co.athena.academic;

import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

/** Requests as the front end sends them, and the fixtures the tests build through the API. */
public final class AcademicApi {

    private AcademicApi() {
    }

    public static RequestSpecification as(UUID school, String role) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.forSchool(school, role));
    }

    public static RequestSpecification coordinator(UUID school) {
        return as(school, Roles.COORDINATOR);
    }

    public static UUID create(UUID school, String path, Map<String, ?> body) {
        return UUID.fromString(coordinator(school).body(body).post(path).then().log().ifValidationFails()
                .statusCode(201).extract().path("id"));
    }

    public static UUID area(UUID school, String code) {
        return create(school, "/api/v1/academic-areas", Map.of("code", code, "name", "Área " + code));
    }

    public static UUID subject(UUID school, UUID area, String code) {
        return create(school, "/api/v1/subjects", Map.of("area_id", area.toString(), "code", code,
                "name", "Asignatura " + code));
    }

    public static UUID group(UUID school, UUID year, int grade, String code) {
        return create(school, "/api/v1/class-groups", Map.of("school_year_id", year.toString(), "grade_level", grade,
                "code", code, "shift", "morning", "capacity", 40));
    }
}
