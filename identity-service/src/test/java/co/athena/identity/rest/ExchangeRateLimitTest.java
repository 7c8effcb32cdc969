package co.athena.identity.rest;

import co.athena.testing.UpstreamTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.school;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing at the token exchange is slowed per client address and per account (defaults: 300 and 30 a minute). */
@QuarkusTest
class ExchangeRateLimitTest {

    @Test
    void oneAccountGets429WithRetryAfterThenRecovers() {
        UUID school = school();
        String upstream = UpstreamTokens.hs256(UpstreamTokens.claims(UUID.randomUUID(), "intruso@colegio.co"));
        String client = "198.51.100." + (1 + (int) (Math.random() * 200));
        // 30 a minute, refilled as time passes: the 31st attempt, or a few later on a slow machine
        int attempts = 0;
        Response limited = exchange(client, upstream, school);
        while (limited.statusCode() != 429 && attempts < 100) {
            assertEquals(403, limited.statusCode());
            attempts++;
            limited = exchange(client, upstream, school);
        }
        assertTrue(attempts >= 30, "limited after " + attempts);
        limited.then().statusCode(429).contentType("application/problem+json").body("status", equalTo(429));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        String someoneElse = UpstreamTokens.hs256(UpstreamTokens.claims(UUID.randomUUID(), "otra@colegio.co"));
        assertEquals(403, exchange(client, someoneElse, school).statusCode());
        await("the account's bucket refills").atMost(Duration.ofSeconds(10))
                .until(() -> exchange(client, upstream, school).statusCode() == 403);
    }

    @Test
    void oneClientAddressGets429EvenWithGarbageTokensAndOthersDoNot() {
        UUID school = school();
        String attacker = "203.0.113." + (1 + (int) (Math.random() * 200));
        int refused = 0;
        for (int i = 0; i < 2000 && refused == 0; i++) {
            int status = exchange(attacker, "not-a-token-" + i, school).statusCode();
            if (status == 429) {
                refused = i;
            } else {
                assertEquals(401, status);
            }
        }
        // 300 a minute, refilled as time passes: the 301st attempt, or some later on a slow machine
        assertTrue(refused >= 300, "refused after " + refused);
        assertEquals(401, exchange("203.0.113.250", "not-a-token", school).statusCode());
        await("the client's bucket refills").atMost(Duration.ofSeconds(10))
                .until(() -> exchange(attacker, "not-a-token", school).statusCode() == 401);
    }

    private static Response exchange(String client, String upstream, UUID school) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(upstream)
                .header("X-Forwarded-For", client)
                .body(Map.of("school_id", school.toString())).post("/api/v1/auth/token");
    }
}
