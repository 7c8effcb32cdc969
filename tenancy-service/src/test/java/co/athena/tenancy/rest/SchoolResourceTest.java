package co.athena.tenancy.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.as;
import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.superadmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SchoolResourceTest {

    @Test
    void createsASchoolWithNormalizedNitAndDefaultSettings() throws Exception {
        String nit = TenancyApi.uniqueNit();
        Response created = superadmin()
                .body(Map.of("name", "Colegio Santa Inés", "nit", nit.substring(0, 3) + "." + nit.substring(3),
                        "dane_code", "111001000001", "city", "Bogotá"))
                .post("/api/v1/schools");
        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/schools/"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Colegio Santa Inés"))
                .body("nit", equalTo(nit))
                .body("is_active", equalTo(true))
                .body("created_at", notNullValue());
        UUID id = UUID.fromString(created.path("id"));
        assertEquals(7, id.version(), "ids are time-ordered UUID v7");

        superadmin().get("/api/v1/schools/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("city", equalTo("Bogotá"));
        assertEquals(1, TestDatabase.count("select count(*) from tenancy.school_settings where school_id = ?", id));
    }

    @Test
    void refusesBadInputWithFieldErrorsAndWritesNothing() throws Exception {
        long before = TestDatabase.count("select count(*) from tenancy.schools");
        superadmin().body(Map.of("name", "", "dane_code", "12", "email", "not-an-email")).post("/api/v1/schools")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("dane_code"))
                .body("errors.field", hasItem("email"));
        superadmin().body(Map.of("name", "Colegio", "nit", "800197268-5")).post("/api/v1/schools")
                .then().statusCode(400).body("errors[0].field", equalTo("nit"));
        superadmin().body("{\"name\": ").post("/api/v1/schools")
                .then().statusCode(400).contentType("application/problem+json");
        superadmin().body(Map.of("name", "Colegio", "is_active", false)).post("/api/v1/schools")
                .then().log().ifValidationFails().statusCode(400).body("errors[0].field", equalTo("is_active"))
                .body("errors[0].message", equalTo("unknown field"));
        superadmin().body(Map.of("name", List.of("x"))).post("/api/v1/schools")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        superadmin().contentType(ContentType.TEXT).body("name=x").post("/api/v1/schools")
                .then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, TestDatabase.count("select count(*) from tenancy.schools"));
    }

    @Test
    void aDuplicateNitIsAConflictAndChangesNothing() throws Exception {
        String nit = TenancyApi.uniqueNit();
        superadmin().body(Map.of("name", "Primero", "nit", nit)).post("/api/v1/schools").then().statusCode(201);
        long before = TestDatabase.count("select count(*) from tenancy.schools");
        superadmin().body(Map.of("name", "Segundo", "nit", nit)).post("/api/v1/schools")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("a school with this NIT already exists"));
        assertEquals(before, TestDatabase.count("select count(*) from tenancy.schools"));
        assertEquals(0, TestDatabase.count("select count(*) from tenancy.schools where name = 'Segundo'"));
    }

    @Test
    void patchesWithIfMatchAndRefusesStaleVersions() {
        UUID id = createSchool("Colegio Patch");
        superadmin().header("If-Match", "\"0\"").body(Map.of("city", "Medellín"))
                .patch("/api/v1/schools/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("city", equalTo("Medellín")).body("version", equalTo(1));
        superadmin().header("If-Match", "\"0\"").body(Map.of("city", "Cali"))
                .patch("/api/v1/schools/" + id).then().statusCode(412).contentType("application/problem+json");
        superadmin().get("/api/v1/schools/" + id).then().body("city", equalTo("Medellín"));
        superadmin().body(Map.of("nit", "123")).patch("/api/v1/schools/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("nit"));
        superadmin().body(Map.of("name", " ")).patch("/api/v1/schools/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }

    @Test
    void deactivatesSoftly() {
        UUID id = createSchool("Colegio Cerrado");
        superadmin().delete("/api/v1/schools/" + id).then().statusCode(200).body("is_active", equalTo(false));
        superadmin().get("/api/v1/schools/" + id).then().statusCode(200).body("is_active", equalTo(false));
        superadmin().delete("/api/v1/schools/" + id).then().statusCode(200).body("version", equalTo(1));
        superadmin().queryParam("is_active", false).queryParam("limit", 200).get("/api/v1/schools")
                .then().statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    void listsWithStableCursorPagination() {
        for (int i = 0; i < 3; i++) {
            createSchool("Paginado " + i);
        }
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = superadmin().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/api/v1/schools");
            page.then().statusCode(200);
            List<String> ids = page.path("items.id");
            assertTrue(ids.size() <= 2);
            ids.forEach(id -> assertTrue(seen.add(id), "no school appears twice"));
            cursor = page.path("next_cursor");
            pages++;
        } while (cursor != null && pages < 500);
        assertTrue(seen.size() >= 3);
        superadmin().queryParam("limit", 0).get("/api/v1/schools").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        superadmin().queryParam("limit", 201).get("/api/v1/schools").then().statusCode(400);
        superadmin().queryParam("cursor", "not-a-cursor").get("/api/v1/schools").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void unknownSchoolIs404() {
        superadmin().get("/api/v1/schools/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Not found"));
    }

    @Test
    void onlyTheSuperadminManagesSchools() {
        UUID school = createSchool("Colegio Permisos");
        as(TestTokens.forSchool(school, Roles.RECTOR)).body(Map.of("name", "Otro")).post("/api/v1/schools")
                .then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.forSchool(school, Roles.RECTOR)).get("/api/v1/schools").then().statusCode(403);
        as(TestTokens.forSchool(school, Roles.RECTOR, "superadmin-wannabe")).delete("/api/v1/schools/" + school)
                .then().statusCode(403);
        superadmin().get("/api/v1/schools/" + school).then().body("is_active", equalTo(true));
    }

    @Test
    void refusesMissingForgedAndExpiredTokens() {
        RestAssured.given().get("/api/v1/schools").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        as(TestTokens.signedByStranger(null, Roles.SUPERADMIN)).get("/api/v1/schools").then().statusCode(401);
        as(TestTokens.expired(null, Roles.SUPERADMIN)).get("/api/v1/schools").then().statusCode(401);
        as("not.a.jwt").get("/api/v1/schools").then().statusCode(401);
        as(TestTokens.sign(TestTokens.claims(UUID.randomUUID().toString(), null, Roles.SUPERADMIN)
                .issuer("https://evil.example"))).get("/api/v1/schools").then().statusCode(401);
        as(TestTokens.sign(TestTokens.claims(UUID.randomUUID().toString(), null, Roles.SUPERADMIN)
                .audience("someone-else"))).get("/api/v1/schools").then().statusCode(401);
        as(TestTokens.unsigned(null, Roles.SUPERADMIN)).get("/api/v1/schools").then().statusCode(401);
    }

    // relative to the management interface's root, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void servesOpenApiOnItsPortAndHealthAndMetricsOnlyOnTheManagementPort() {
        RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/school-years/{id}/transitions"));
        RestAssured.given().get(health.toString() + "/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem(containsString("Reactive PostgreSQL")))
                .body("checks.name", hasItem(containsString("access revocations")));
        RestAssured.given().get(metrics).then().statusCode(200).body(containsString("athena_outbox_published"))
                .body(containsString("athena_outbox_pending")).body(containsString("athena_outbox_oldest_age_seconds"))
                // latencies as a histogram with the goals' buckets: a share under 250 ms can be computed
                .body(containsString("http_server_requests_seconds_bucket{"))
                .body(containsString("le=\"0.25\""));
        RestAssured.given().get(health.toString() + "/live").then().statusCode(200);
        for (String managed : new String[] {"/q/metrics", "/q/health", "/q/health/ready"}) {
            RestAssured.given().get(managed).then().statusCode(404);
        }
        superadmin().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
