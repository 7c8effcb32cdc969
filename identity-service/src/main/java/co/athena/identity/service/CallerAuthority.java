package co.athena.identity.service;

import co.athena.identity.repository.Grant;
import co.athena.identity.repository.UserRepository;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.Permissions;
import co.athena.shared.security.RolePermissions;
import co.athena.shared.security.Roles;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;

import java.util.List;
import java.util.UUID;

/**
 * What the caller of an identity write may do according to the database now, inside the write's own
 * transaction: a token says what was true when it was issued, and a deactivated rector's token must
 * not create, grant or reactivate anything in the minutes it has left.
 */
@RequestScoped
public class CallerAuthority {

    private final UserRepository users;
    private final TenantContext tenant;

    public CallerAuthority(UserRepository users, TenantContext tenant) {
        this.users = users;
        this.tenant = tenant;
    }

    public UUID caller() {
        try {
            return UUID.fromString(tenant.actor());
        } catch (RuntimeException e) {
            throw denied();
        }
    }

    /**
     * The roles the caller holds in the token's school, from the database: an active superadmin, or an
     * active member of an active school whose roles grant {@code manage:users}. Otherwise 403.
     */
    public Uni<List<String>> requireManager() {
        UUID caller = caller();
        return tenant.schoolId()
                .map(school -> users.grantIn(caller, school).map(CallerAuthority::managerRoles))
                .orElseGet(() -> requireSuperadmin().replaceWith(List.of(Roles.SUPERADMIN)));
    }

    /** The caller is the platform's active superadmin, according to the database. Otherwise 403. */
    public Uni<Void> requireSuperadmin() {
        return users.findById(caller()).invoke(user -> {
            if (user == null || !user.active || !user.superadmin) {
                throw denied();
            }
        }).replaceWithVoid();
    }

    private static List<String> managerRoles(Grant grant) {
        if (grant == null || !grant.userActive()) {
            throw denied();
        }
        if (grant.superadmin()) {
            return List.of(Roles.SUPERADMIN);
        }
        if (!grant.schoolActive() || !grant.membershipActive()
                || !RolePermissions.of(grant.roles()).contains(Permissions.MANAGE_USERS)) {
            throw denied();
        }
        return grant.roles();
    }

    private static ProblemException denied() {
        return Problems.forbidden("your current access to this school does not allow this");
    }
}
