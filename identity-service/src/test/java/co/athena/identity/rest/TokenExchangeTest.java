package co.athena.identity.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.UpstreamTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static co.athena.identity.rest.IdentityApi.announce;
import static co.athena.identity.rest.IdentityApi.awaitSchool;
import static co.athena.identity.rest.IdentityApi.exchange;
import static co.athena.identity.rest.IdentityApi.member;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.superadminIn;
import static co.athena.identity.rest.IdentityApi.user;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TokenExchangeTest {

    /** One answer for no such school, not a member, inactive school or unknown account: no oracle. */
    static final String DENIED = "this account has no access to the requested school";

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwks;

    @Test
    void exchangesAnHs256UpstreamTokenForTheMembershipsRoles() throws Exception {
        UUID school = school();
        UUID rector = user("Rectora Ana");
        member(school, rector, Roles.RECTOR, Roles.TEACHER);
        JsonPath body = exchange(UpstreamTokens.hs256(UpstreamTokens.claims(rector, "ana@colegio.co")), school)
                .then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .body("school_id", equalTo(school.toString()))
                .extract().jsonPath();
        JsonWebToken token = verifyThroughJwks(body.getString("access_token"));
        assertEquals(rector.toString(), token.getSubject());
        assertEquals(school.toString(), token.getClaim("school_id").toString().replace("\"", ""));
        assertEquals(Set.of(Roles.RECTOR, Roles.TEACHER), token.getGroups());
        assertEquals(900, token.getExpirationTime() - token.getIssuedAtTime());
        assertTrue(token.getName().contains("rectora.ana"), token.getName());
        assertTrue(token.getTokenID() != null && !token.getTokenID().isBlank());
        assertEquals(Set.of("athena"), token.getAudience());
        assertTrue(header(body.getString("access_token")).contains("\"kid\":\"athena-test\""));
    }

    @Test
    void exchangesAnRs256UpstreamTokenVerifiedThroughTheProvidersJwks() {
        UUID school = school();
        UUID teacher = user("Profe Luis");
        member(school, teacher, Roles.TEACHER);
        exchange(UpstreamTokens.rs256(UpstreamTokens.claims(teacher, "luis@colegio.co")), school)
                .then().statusCode(200).body("roles", equalTo(java.util.List.of(Roles.TEACHER)));
    }

    @Test
    void rolesComeFromTheMembershipNeverFromTheUpstreamToken() throws Exception {
        UUID school = school();
        UUID secretary = user("Secretaria Eva");
        member(school, secretary, Roles.SECRETARY);
        String upstream = UpstreamTokens.hs256(UpstreamTokens.claims(secretary, "eva@colegio.co")
                .groups(Set.of(Roles.SUPERADMIN)).claim("roles", java.util.List.of(Roles.SUPERADMIN))
                .claim("app_metadata", Map.of("role", Roles.SUPERADMIN)));
        String token = exchange(upstream, school).then().statusCode(200).extract().path("access_token");
        assertEquals(Set.of(Roles.SECRETARY), verifyThroughJwks(token).getGroups());
    }

    @Test
    void refusesForgedOrStaleUpstreamTokensWithoutIssuingAnything() {
        UUID school = school();
        UUID user = user("Rector Pedro");
        member(school, user, Roles.RECTOR);
        var valid = UpstreamTokens.claims(user, "pedro@colegio.co");
        Map<String, String> forged = Map.of(
                "expired", UpstreamTokens.hs256(UpstreamTokens.claims(user, "p@c.co")
                        .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))),
                "wrong issuer", UpstreamTokens.hs256(UpstreamTokens.claims(user, "p@c.co").issuer("https://evil.example")),
                "wrong audience", UpstreamTokens.hs256(UpstreamTokens.claims(user, "p@c.co").audience("anon")),
                "bad signature", UpstreamTokens.rs256ByStranger(UpstreamTokens.claims(user, "p@c.co")),
                "alg none", UpstreamTokens.unsigned(UpstreamTokens.claims(user, "p@c.co")),
                "key confusion", UpstreamTokens.rs256HeaderHmacSignature(valid),
                "garbage", "not-a-token");
        forged.forEach((what, token) -> exchange(token, school).then().log().ifValidationFails()
                .statusCode(401).contentType("application/problem+json")
                .body("access_token", nullValue()));
        RestAssured.given().contentType("application/json").body(Map.of("school_id", school.toString()))
                .post("/api/v1/auth/token").then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void refusesUnknownUsersInactiveMembershipsAndOtherSchools() {
        UUID school = school();
        UUID otherSchool = school();
        UUID user = user("Coordinador Juan");
        UUID membership = member(school, user, Roles.COORDINATOR);
        String upstream = UpstreamTokens.hs256(UpstreamTokens.claims(user, "juan@colegio.co"));
        exchange(UpstreamTokens.hs256(UpstreamTokens.claims(UUID.randomUUID(), "nadie@colegio.co")), school)
                .then().statusCode(403).body("detail", equalTo(DENIED));
        exchange(upstream, otherSchool).then().statusCode(403).body("detail", equalTo(DENIED))
                .body("access_token", nullValue());
        exchange(upstream, UUID.randomUUID()).then().statusCode(403).body("detail", equalTo(DENIED));
        exchange(upstream, null).then().statusCode(403).body("detail", equalTo(DENIED));
        exchange(upstream, school).then().statusCode(200);
        member(school, user("Rector de respaldo"), Roles.RECTOR);
        superadminIn(school).delete("/api/v1/memberships/" + membership).then().statusCode(200);
        exchange(upstream, school).then().statusCode(403);
    }

    /**
     * An exchange that reaches a user while an access change of theirs is under way waits for it and reads what it
     * leaves: a token issued after the change takes effect never carries the access it took away (other services
     * would not refuse it, as it is newer than the change).
     */
    @Test
    void anExchangeWaitingForAnAccessChangeReadsTheAccessItLeaves() throws Exception {
        UUID school = school();
        UUID user = user("Docente Saliente");
        UUID membership = member(school, user, Roles.TEACHER);
        String upstream = UpstreamTokens.hs256(UpstreamTokens.claims(user, "saliente@colegio.co"));
        try (Connection change = TestDatabase.asAdmin()) {
            change.setAutoCommit(false);
            // what a membership's deactivation does: the user's access lock, then the change
            change.createStatement().execute("select pg_advisory_xact_lock(hashtext('identity.access'), hashtext('" + user + "'))");
            change.createStatement().executeUpdate(
                    "update identity.school_memberships set is_active = false where id = '" + membership + "'");
            CompletableFuture<Integer> exchanged = CompletableFuture.supplyAsync(() -> exchange(upstream, school).statusCode());
            await("the exchange waiting for the change").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                    .until(() -> TestDatabase.count("select count(*) from pg_locks where locktype = 'advisory' and not granted") > 0);
            change.commit();
            assertEquals(403, exchanged.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void refusesAnInactiveSchool() {
        UUID school = school();
        UUID user = user("Rectora Sol");
        member(school, user, Roles.RECTOR);
        String upstream = UpstreamTokens.hs256(UpstreamTokens.claims(user, "sol@colegio.co"));
        exchange(upstream, school).then().statusCode(200);
        announce(school, "deactivated", false, 1);
        awaitSchool(school, 1);
        exchange(upstream, school).then().statusCode(403).body("detail", equalTo(DENIED));
    }

    @Test
    void theBootstrapSuperadminGetsAPlatformTokenOrOneForAnySchool() throws Exception {
        UUID admin = UUID.fromString("75bb762d-2e44-39e4-8720-69c9dfff6ff6");
        String upstream = UpstreamTokens.hs256(UpstreamTokens.claims(admin, "admin@athena.local"));
        String platform = exchange(upstream, null).then().statusCode(200)
                .body("school_id", nullValue()).extract().path("access_token");
        JsonWebToken token = verifyThroughJwks(platform);
        assertEquals(Set.of(Roles.SUPERADMIN), token.getGroups());
        assertTrue(token.getClaim("school_id") == null);
        UUID school = school();
        exchange(upstream, school).then().statusCode(200).body("roles", equalTo(java.util.List.of(Roles.SUPERADMIN)));
    }

    @Test
    void theJwksVerifiesIssuedTokensAndRejectsAnotherKeysTokens() {
        RestAssured.given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kid", equalTo("athena-test")).body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].d", nullValue());
        String stranger = co.athena.testing.TestTokens.signedByStranger(UUID.randomUUID(), Roles.RECTOR);
        assertThrows(ParseException.class, () -> verifyThroughJwks(stranger));
    }

    /** Verifies as every other service does: smallrye-jwt with this service's JWKS URL, RS256 only. */
    private JsonWebToken verifyThroughJwks(String token) throws ParseException {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setPublicKeyLocation(jwks.toString());
        info.setIssuedBy(co.athena.testing.TestTokens.ISSUER);
        info.setExpectedAudience(Set.of(co.athena.testing.TestTokens.AUDIENCE));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        return new DefaultJWTParser(info).parse(token);
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }
}
