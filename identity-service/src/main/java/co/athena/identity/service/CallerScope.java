package co.athena.identity.service;

import co.athena.shared.security.Roles;
import co.athena.shared.tenant.TenantContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;
import java.util.UUID;

/** Whose users the caller may see: a superadmin sees everyone, anyone else their school's members. */
@RequestScoped
public class CallerScope {

    private final TenantContext tenant;
    private final SecurityIdentity identity;

    public CallerScope(TenantContext tenant, SecurityIdentity identity) {
        this.tenant = tenant;
        this.identity = identity;
    }

    public boolean isSuperadmin() {
        return identity.hasRole(Roles.SUPERADMIN);
    }

    /** Empty for a superadmin: no school filter on users. */
    public Optional<UUID> visibleSchool() {
        return isSuperadmin() ? Optional.empty() : Optional.of(tenant.requireSchoolId());
    }

    public Optional<UUID> school() {
        return tenant.schoolId();
    }

    public String actor() {
        return tenant.actor();
    }
}
