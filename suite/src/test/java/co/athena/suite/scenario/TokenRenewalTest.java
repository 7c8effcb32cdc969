package co.athena.suite.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A scenario signs a member in again when the token it holds is about to expire, and only then. */
class TokenRenewalTest {

    @ParameterizedTest
    @CsvSource({"-10, true", "30, true", "90, false", "900, false"})
    void aTokenIsRenewedWithinAMinuteOfItsExpiry(long secondsLeft, boolean renewed) {
        assertEquals(renewed, SchoolScenario.expiresWithinAMinute(
                jwt("{\"exp\":" + (Instant.now().getEpochSecond() + secondsLeft) + "}")));
    }

    @ParameterizedTest
    @CsvSource({"not-a-jwt", "a.b.c", "'{\"sub\":\"no expiry\"}'"})
    void whatIsNotAnExpiringJwtIsSentAsItIs(String token) {
        String sent = token.startsWith("{") ? jwt(token) : token;

        assertEquals(false, SchoolScenario.expiresWithinAMinute(sent));
    }

    private static String jwt(String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }
}
