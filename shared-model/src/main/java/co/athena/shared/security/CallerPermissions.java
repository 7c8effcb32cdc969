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

    /**
     * Whether the caller acts on every student and course of the school, or only on the courses they teach (a
     * teacher: read:own_students, attendance of their own courses). The one place this line is drawn.
     */
    public boolean seesWholeSchool() {
        return has(Permissions.READ_STUDENTS);
    }
}
