package co.athena.shared.security;

import io.quarkus.security.StringPermission;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.Permission;
import java.util.List;

/** Grants a verified token's permissions from its {@code groups} (roles) through {@link RolePermissions}. */
@ApplicationScoped
public class PermissionAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        List<Permission> granted = RolePermissions.of(identity.getRoles()).stream()
                .map(PermissionAugmentor::toPermission)
                .toList();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addPermissionChecker(required -> Uni.createFrom().item(
                        granted.stream().anyMatch(permission -> permission.implies(required))))
                .build());
    }

    private static Permission toPermission(String permission) {
        int colon = permission.indexOf(':');
        return new StringPermission(permission.substring(0, colon), permission.substring(colon + 1));
    }
}
