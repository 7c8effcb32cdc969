package co.athena.shared.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/**
 * Permission questions asked inside a request, for what an annotation cannot express: a field that
 * only some callers may see (piar_data) or write.
 */
@RequestScoped
public class CallerPermissions {

    private final SecurityIdentity identity;

    public CallerPermissions(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean has(String permission) {
        return RolePermissions.of(identity.getRoles()).contains(permission);
    }
}
