package co.athena.identity.service;

import co.athena.identity.config.SigningConfig;
import co.athena.shared.security.IssuedAt;
import co.athena.shared.tenant.TenantContext;
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
        String token = claims.jws().keyId(keys.keyId()).algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256)
                .sign(keys.privateKey());
        return new AccessToken(token, "Bearer", signing.lifetime().toSeconds(), school, List.copyOf(roles));
    }
}
