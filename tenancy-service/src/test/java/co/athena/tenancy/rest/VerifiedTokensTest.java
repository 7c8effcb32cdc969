package co.athena.tenancy.rest;

import co.athena.shared.security.Roles;
import co.athena.shared.security.TokenPrincipalFactory;
import co.athena.shared.security.VerifiedTokens;
import co.athena.testing.TestTokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The parser that authenticates requests remembers verified tokens: only the same bytes, only until expiry. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void requestsAreAuthenticatedByTheRememberingParser() {
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(parser));
    }

    @Test
    void aVerifiedTokenComesFromAthenasPrincipalFactory() throws ParseException {
        JsonWebToken token = parser.parse(TestTokens.forSchool(UUID.randomUUID(), Roles.SECRETARY));

        assertEquals(TokenPrincipalFactory.class, token.getClass().getEnclosingClass());
    }

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() throws ParseException {
        String token = TestTokens.superadmin();

        assertSame(parser.parse(token), parser.parse(token));
    }

    @Test
    void aRememberedTokenWithAnotherSignatureIsRefused() {
        String token = TestTokens.superadmin();
        as(token).get("/api/v1/schools").then().statusCode(200);

        as(withSignatureOf(token, TestTokens.superadmin())).get("/api/v1/schools").then().statusCode(401);
        as(withSignatureOf(token, TestTokens.signedByStranger(null, Roles.SUPERADMIN))).get("/api/v1/schools")
                .then().statusCode(401);
    }

    @Test
    void aTokenIsVerifiedAfreshOnceItHasExpired() throws ParseException {
        Instant expiry = Instant.now().plusSeconds(2);
        // within the verifier's clock skew (60 s) after its expiry, so a fresh verification still accepts it
        String token = TestTokens.sign(TestTokens.claims(UUID.randomUUID().toString(), null, Roles.SUPERADMIN)
                .expiresAt(expiry));
        JsonWebToken remembered = parser.parse(token);

        await().atMost(Duration.ofSeconds(10)).until(() -> Instant.now().isAfter(expiry.plusMillis(100)));

        assertNotSame(remembered, parser.parse(token));
    }

    /** The header and claims of one token with the signature of another. */
    private static String withSignatureOf(String token, String other) {
        return token.substring(0, token.lastIndexOf('.')) + other.substring(other.lastIndexOf('.'));
    }
}
