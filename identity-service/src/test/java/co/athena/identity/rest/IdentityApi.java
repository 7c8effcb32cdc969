package co.athena.identity.rest;

import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicWriter;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Fixtures built the way production builds them: schools arrive as tenancy's events, the rest through the API. */
final class IdentityApi {

    private IdentityApi() {
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    static RequestSpecification platform() {
        return as(TestTokens.superadmin());
    }

    static RequestSpecification superadminIn(UUID school) {
        return as(TestTokens.forSchool(school, Roles.SUPERADMIN));
    }

    /** A school as tenancy-service announces it; returns once identity-service has recorded it. */
    static UUID school() {
        UUID id = UUID.randomUUID();
        announce(id, "created", true, 0);
        awaitSchool(id, 0);
        return id;
    }

    static void announce(UUID school, String change, boolean active, long version) {
        TopicWriter.send(SchoolLifecycleEvent.TOPIC, school.toString(), """
                {"event_id":"%s","change":"%s","school_id":"%s","name":"Colegio %s","is_active":%s,
                 "occurred_at":"2026-11-22T10:00:00Z","school_version":%d}"""
                .formatted(UUID.randomUUID(), change, school, school, active, version));
    }

    static void awaitSchool(UUID school, long version) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            while (TestDatabase.count("select count(*) from identity.schools where id = ? and version >= ?", school,
                    version) == 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("identity-service did not record school " + school + " v" + version);
                }
                Thread.sleep(100);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static UUID user(String name) {
        UUID id = UUID.randomUUID();
        platform().body(Map.of("id", id.toString(), "email", name.toLowerCase().replace(' ', '.') + "." + id + "@colegio.co",
                "full_name", name)).post("/api/v1/users").then().statusCode(201);
        return id;
    }

    static UUID member(UUID school, UUID user, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("user_id", user.toString());
        body.put("roles", List.of(roles));
        return UUID.fromString(superadminIn(school).body(body).post("/api/v1/memberships")
                .then().statusCode(201).extract().path("id"));
    }

    static Response exchange(String upstreamToken, UUID school) {
        var request = RestAssured.given().contentType(ContentType.JSON).auth().oauth2(upstreamToken);
        return request.body(school == null ? Map.of() : Map.of("school_id", school.toString())).post("/api/v1/auth/token");
    }
}
