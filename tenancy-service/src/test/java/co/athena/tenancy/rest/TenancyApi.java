package co.athena.tenancy.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Requests as the front end sends them, and the fixtures the tests build through the API. */
public final class TenancyApi {

    private static final int[] DIAN_WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};

    private TenancyApi() {
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    static RequestSpecification superadmin() {
        return as(TestTokens.superadmin());
    }

    public static RequestSpecification rector(UUID school) {
        return as(TestTokens.forSchool(school, Roles.RECTOR));
    }

    public static UUID createSchool(String name) {
        return UUID.fromString(superadmin().body(Map.of("name", name)).post("/api/v1/schools")
                .then().statusCode(201).extract().path("id"));
    }

    public static UUID createYear(UUID school, String name, String startsOn, String endsOn) {
        return UUID.fromString(rector(school)
                .body(Map.of("name", name, "starts_on", startsOn, "ends_on", endsOn))
                .post("/api/v1/school-years").then().statusCode(201).extract().path("id"));
    }

    /** A valid NIT nobody used yet in this run, as {@code NNNNNNNNN-D}. */
    static String uniqueNit() {
        String base = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        int sum = 0;
        for (int i = 0; i < base.length(); i++) {
            sum += (base.charAt(base.length() - 1 - i) - '0') * DIAN_WEIGHTS[i];
        }
        int r = sum % 11;
        return base + "-" + (r < 2 ? r : 11 - r);
    }
}
