package co.athena.shared.security;

import co.athena.shared.tenant.TenantContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Permission;
import java.util.List;
import java.util.UUID;

/**
 * Refuses a verified token whose access has changed since it was issued ({@link RevokedTokens}), and
 * grants the others their permissions from their {@code groups} (roles) through {@link RolePermissions}.
 */
@ApplicationScoped
public class PermissionAugmentor implements SecurityIdentityAugmentor {

    private final RevokedTokens revoked;
    private final boolean checkRevocations;

    /** {@code athena.revocation.enabled=false} turns the check off, for measuring what it costs (bench/revocation-cost). */
    public PermissionAugmentor(RevokedTokens revoked,
                               @ConfigProperty(name = "athena.revocation.enabled", defaultValue = "true") boolean checkRevocations) {
        this.revoked = revoked;
        this.checkRevocations = checkRevocations;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        if (checkRevocations && identity.getPrincipal() instanceof JsonWebToken token && isRevoked(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("access changed after the token was issued"));
        }
        List<Permission> granted = RolePermissions.of(identity.getRoles()).stream()
                .map(PermissionAugmentor::toPermission)
                .toList();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker(required -> Uni.createFrom().item(
                        granted.stream().anyMatch(permission -> permission.implies(required))))
                .build());
    }

    private boolean isRevoked(JsonWebToken token) {
        UUID user;
        try {
            user = UUID.fromString(token.getSubject());
        } catch (RuntimeException e) {
            return false; // identity-service issues user ids only; nothing of this subject can be revoked
        }
        return revoked.isRevoked(user, TenantContext.schoolIdOf(token).orElse(null), IssuedAt.of(token));
    }

    private static Permission toPermission(String permission) {
        int colon = permission.indexOf(':');
        return new StringPermission(permission.substring(0, colon), permission.substring(colon + 1));
    }
}
