package co.athena.testing;

import co.athena.shared.security.IssuedAt;
import co.athena.shared.security.Roles;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

/** Athena access tokens as identity-service issues them, signed with the test key (or a wrong one). */
public final class TestTokens {

    public static final String ISSUER = "https://athena.test/identity";
    public static final String AUDIENCE = "athena";

    private TestTokens() {
    }

    public static String superadmin() {
        return claims(UUID.randomUUID().toString(), null, Roles.SUPERADMIN).jws().keyId(TestKeys.TRUSTED_KID)
                .sign(TestKeys.TRUSTED.getPrivate());
    }

    public static String forSchool(UUID schoolId, String... roles) {
        return forUser(UUID.randomUUID().toString(), schoolId, roles);
    }

    public static String forUser(String userId, UUID schoolId, String... roles) {
        return claims(userId, schoolId, roles).jws().keyId(TestKeys.TRUSTED_KID).sign(TestKeys.TRUSTED.getPrivate());
    }

    /** The claims builder, for tests that bend one claim (expiry, issuer, audience). */
    public static JwtClaimsBuilder claims(String userId, UUID schoolId, String... roles) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(userId)
                .upn(userId + "@athena.test")
                .groups(Set.of(roles))
                .claim("jti", UUID.randomUUID().toString())
                .issuedAt(now)
                .claim(IssuedAt.CLAIM, now.toEpochMilli())
                .expiresIn(900);
        if (schoolId != null) {
            claims.claim(TenantContext.SCHOOL_ID_CLAIM, schoolId.toString());
        }
        return claims;
    }

    public static String signedByStranger(UUID schoolId, String... roles) {
        return claims(UUID.randomUUID().toString(), schoolId, roles).jws().keyId(TestKeys.TRUSTED_KID)
                .sign(TestKeys.STRANGER.getPrivate());
    }

    public static String expired(UUID schoolId, String... roles) {
        return claims(UUID.randomUUID().toString(), schoolId, roles)
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800))
                .jws().keyId(TestKeys.TRUSTED_KID).sign(TestKeys.TRUSTED.getPrivate());
    }

    /** An {@code alg: none} token: claims that nobody signed. */
    public static String unsigned(UUID schoolId, String... roles) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String signed = forUser(UUID.randomUUID().toString(), schoolId, roles);
        return header + "." + signed.split("\\.")[1] + ".";
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(TestKeys.TRUSTED_KID).sign(TestKeys.TRUSTED.getPrivate());
    }
}
