package co.athena.identity.rest;

import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicWriter;
import co.athena.testing.UpstreamTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** Fixtures built the way production builds them: schools arrive as tenancy's events, the rest through the API. */
final class IdentityApi {

    /** The bootstrap superadmin of application.properties: identity writes check the caller in the database. */
    static final UUID SUPERADMIN = UUID.fromString("75bb762d-2e44-39e4-8720-69c9dfff6ff6");

    private IdentityApi() {
    }

    static RequestSpecification as(String token) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(token);
    }

    static RequestSpecification platform() {
        return as(TestTokens.forUser(SUPERADMIN.toString(), null, Roles.SUPERADMIN));
    }

    static RequestSpecification superadminIn(UUID school) {
        return as(TestTokens.forUser(SUPERADMIN.toString(), school, Roles.SUPERADMIN));
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
        await("identity-service records school " + school + " v" + version).atMost(Duration.ofSeconds(30))
                .until(() -> TestDatabase.count("select count(*) from identity.schools where id = ? and version >= ?",
                        school, version) == 1);
    }

    static UUID user(String name) {
        UUID id = UUID.randomUUID();
        platform().body(Map.of("id", id.toString(), "email", email(name, id), "full_name", name))
                .post("/api/v1/users").then().statusCode(201);
        return id;
    }

    static String email(String name, UUID id) {
        return name.toLowerCase().replace(' ', '.') + "." + id + "@colegio.co";
    }

    static UUID member(UUID school, UUID user, String... roles) {
        return UUID.fromString(superadminIn(school).body(Map.of("user_id", user.toString(), "roles", List.of(roles)))
                .post("/api/v1/memberships").then().statusCode(201).extract().path("id"));
    }

    /** A member of {@code school} with {@code roles}, and a token of theirs as identity-service would issue it. */
    record Member(UUID user, UUID membership, String token) {
        RequestSpecification api() {
            return as(token);
        }
    }

    static Member signedIn(UUID school, String name, String... roles) {
        UUID user = user(name);
        UUID membership = member(school, user, roles);
        return new Member(user, membership, TestTokens.forUser(user.toString(), school, roles));
    }

    static UUID invite(RequestSpecification as, String email, String... roles) {
        return UUID.fromString(as.body(Map.of("email", email, "roles", List.of(roles))).post("/api/v1/invitations")
                .then().statusCode(201).extract().path("id"));
    }

    static Response exchange(String upstreamToken, UUID school) {
        var request = RestAssured.given().contentType(ContentType.JSON).auth().oauth2(upstreamToken);
        return request.body(school == null ? Map.of() : Map.of("school_id", school.toString())).post("/api/v1/auth/token");
    }

    /** An upstream account signing in with a verified email. */
    static Response signIn(UUID subject, String email, UUID school) {
        return exchange(UpstreamTokens.hs256(UpstreamTokens.claims(subject, email)), school);
    }
}
