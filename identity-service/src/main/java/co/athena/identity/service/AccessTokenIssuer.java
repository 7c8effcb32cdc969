package co.athena.identity.service;

import co.athena.identity.config.SigningConfig;
import co.athena.shared.security.IssuedAt;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Signs Athena access tokens (RS256, with {@code kid}) that every service verifies through the JWKS. */
@ApplicationScoped
public class AccessTokenIssuer {

    private final SigningKeys keys;
    private final SigningConfig signing;
    private final String issuer;
    private final String audience;

    public AccessTokenIssuer(SigningKeys keys, SigningConfig signing, @ConfigProperty(name = "athena.jwt.issuer") String issuer,
                             @ConfigProperty(name = "athena.jwt.audience") String audience) {
        this.keys = keys;
        this.signing = signing;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** {@code school} is null for a superadmin's platform token. */
    public AccessToken issue(UUID user, String email, UUID school, List<String> roles) {
        return sign(claims(user, email, school, roles));
    }

    /**
     * The token's claims, issued now: taken while the user's access lock is held, signed once it is released (the
     * signature costs a millisecond of CPU, and the transaction need not wait for it).
     */
    public Claims claims(UUID user, String email, UUID school, List<String> roles) {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(user.toString())
                .upn(email)
                .groups(Set.copyOf(roles))
                .issuedAt(now)
                .claim(IssuedAt.CLAIM, now.toEpochMilli())
                .expiresAt(now.plus(signing.lifetime()))
                .claim("jti", UUID.randomUUID().toString());
        if (school != null) {
            claims.claim(TenantContext.SCHOOL_ID_CLAIM, school.toString());
        }
        return new Claims(claims, school, List.copyOf(roles));
    }

    public AccessToken sign(Claims claims) {
        String token = claims.builder().jws().keyId(keys.keyId()).algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
        return new AccessToken(token, "Bearer", signing.lifetime().toSeconds(), claims.school(), claims.roles());
    }

    /** An access token's claims, not signed yet. */
    public record Claims(JwtClaimsBuilder builder, UUID school, List<String> roles) {
    }
}
