package co.athena.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Tokens of the test's upstream identity provider (as Supabase Auth issues them), and forgeries. */
public final class UpstreamTokens {

    public static final String ISSUER = "https://upstream.test/auth/v1";
    public static final String AUDIENCE = "authenticated";
    public static final String HS256_SECRET = "upstream-test-secret-with-at-least-256-bits-0123456789";

    private UpstreamTokens() {
    }

    /** An account whose email the provider verified (Supabase Auth: after the confirmation link). */
    public static JwtClaimsBuilder claims(UUID subject, String email) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject.toString()).claim("email", email)
                .claim("email_verified", true).claim("role", "authenticated").issuedAt(Instant.now()).expiresIn(3600);
    }

    public static String hs256(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new SecretKeySpec(HS256_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    }

    public static String rs256(JwtClaimsBuilder claims) {
        return claims.jws().keyId(TestKeys.UPSTREAM_KID).sign(TestKeys.UPSTREAM.getPrivate());
    }

    /** Right kid, wrong key: what an attacker without the provider's key produces. */
    public static String rs256ByStranger(JwtClaimsBuilder claims) {
        return claims.jws().keyId(TestKeys.UPSTREAM_KID).sign(TestKeys.STRANGER.getPrivate());
    }

    /** {@code alg: none}: the claims, unsigned. */
    public static String unsigned(JwtClaimsBuilder claims) {
        return encodedHeader("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + hs256(claims).split("\\.")[1] + ".";
    }

    /** Key confusion: the header says RS256, the signature is an HMAC with the shared secret. */
    public static String rs256HeaderHmacSignature(JwtClaimsBuilder claims) {
        String input = encodedHeader("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + TestKeys.UPSTREAM_KID + "\"}")
                + "." + hs256(claims).split("\\.")[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HS256_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encodedHeader(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
