package co.athena.identity.service;

import co.athena.identity.domain.Membership;
import co.athena.identity.domain.MembershipAudit;
import co.athena.identity.domain.User;
import co.athena.identity.repository.MembershipAuditRepository;
import co.athena.identity.repository.MembershipRepository;
import co.athena.identity.repository.UserRepository;
import co.athena.identity.rest.AuditEntryResponse;
import co.athena.identity.rest.MembershipPatch;
import co.athena.identity.rest.MembershipRequest;
import co.athena.identity.rest.MembershipResponse;
import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Roles;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Memberships of the caller's school. Every change is serialized per school (so the last-rector
 * rule holds under concurrency) and recorded in the append-only audit log.
 */
@ApplicationScoped
public class MembershipService {

    private final MembershipRepository memberships;
    private final MembershipAuditRepository audit;
    private final UserRepository users;
    private final TenantContext tenant;

    public MembershipService(MembershipRepository memberships, MembershipAuditRepository audit, UserRepository users,
                             TenantContext tenant) {
        this.memberships = memberships;
        this.audit = audit;
        this.users = users;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<MembershipResponse> create(MembershipRequest request) {
        String[] roles = validRoles(request.roles());
        UUID school = tenant.requireSchoolId();
        if ((request.userId() == null) == (request.email() == null)) {
            throw Problems.badRequest("user_id", "give exactly one of user_id or email");
        }
        Uni<User> user = request.userId() != null ? users.findById(request.userId()) : users.findByEmail(request.email());
        return memberships.lockSchool(school).chain(() -> user).chain(found -> {
            if (found == null) {
                throw Problems.unprocessable(request.userId() != null ? "user_id" : "email", "no such user: create it first");
            }
            return memberships.findOf(school, found.id).chain(existing -> {
                if (existing != null) {
                    throw Problems.conflict("duplicate", "this user is already a member of this school (membership "
                            + existing.id + ")");
                }
                Membership membership = new Membership();
                membership.id = UuidV7.next();
                membership.schoolId = school;
                membership.userId = found.id;
                membership.roles = roles;
                membership.createdAt = UtcClock.now();
                membership.updatedAt = membership.createdAt;
                return memberships.persist(membership)
                        .chain(() -> record(membership, MembershipAudit.GRANTED, null, roles))
                        .replaceWith(() -> MembershipResponse.of(membership));
            });
        });
    }

    @TenantTransactional
    public Uni<Page<MembershipResponse>> list(UUID user, Boolean active, PageRequest page) {
        return memberships.page(tenant.requireSchoolId(), user, active, page)
                .map(rows -> Page.of(rows, page, m -> m.id, MembershipResponse::of));
    }

    @TenantTransactional
    public Uni<MembershipResponse> get(UUID id) {
        return find(id).map(MembershipResponse::of);
    }

    @TenantTransactional
    public Uni<MembershipResponse> update(UUID id, MembershipPatch patch, String ifMatch) {
        String[] roles = patch.roles() == null ? null : validRoles(patch.roles());
        return memberships.lockSchool(tenant.requireSchoolId()).chain(() -> find(id)).chain(membership -> {
            ETags.requireMatch(ifMatch, membership.version, "membership " + id);
            String[] newRoles = roles == null ? membership.roles : roles;
            boolean newActive = patch.isActive() == null ? membership.active : patch.isActive();
            return keepsARector(membership, newRoles, newActive).chain(() -> {
                String[] oldRoles = membership.roles;
                String action = membership.active && !newActive ? MembershipAudit.DEACTIVATED
                        : !membership.active && newActive ? MembershipAudit.REACTIVATED : MembershipAudit.ROLES_CHANGED;
                membership.roles = newRoles;
                membership.active = newActive;
                membership.updatedAt = UtcClock.now();
                return memberships.flush()
                        .chain(() -> record(membership, action, oldRoles, newRoles))
                        .replaceWith(() -> MembershipResponse.of(membership));
            });
        });
    }

    @TenantTransactional
    public Uni<MembershipResponse> deactivate(UUID id, String ifMatch) {
        return memberships.lockSchool(tenant.requireSchoolId()).chain(() -> find(id)).chain(membership -> {
            ETags.requireMatch(ifMatch, membership.version, "membership " + id);
            if (!membership.active) {
                return Uni.createFrom().item(MembershipResponse.of(membership));
            }
            return keepsARector(membership, membership.roles, false).chain(() -> {
                membership.active = false;
                membership.updatedAt = UtcClock.now();
                return memberships.flush()
                        .chain(() -> record(membership, MembershipAudit.DEACTIVATED, membership.roles, membership.roles))
                        .replaceWith(() -> MembershipResponse.of(membership));
            });
        });
    }

    @TenantTransactional
    public Uni<Page<AuditEntryResponse>> auditLog(UUID user, PageRequest page) {
        return audit.page(tenant.requireSchoolId(), user, page)
                .map(rows -> Page.of(rows, page, e -> e.id, AuditEntryResponse::of));
    }

    /** A school always keeps at least one active rector. */
    private Uni<Void> keepsARector(Membership membership, String[] newRoles, boolean newActive) {
        boolean isRector = membership.active && List.of(membership.roles).contains(Roles.RECTOR);
        boolean staysRector = newActive && List.of(newRoles).contains(Roles.RECTOR);
        if (!isRector || staysRector) {
            return Uni.createFrom().voidItem();
        }
        return memberships.otherActiveRectors(membership.schoolId, membership.id).invoke(others -> {
            if (others == 0) {
                throw Problems.conflict("last-rector", "the school must keep at least one active rector");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> record(Membership membership, String action, String[] oldRoles, String[] newRoles) {
        MembershipAudit entry = new MembershipAudit();
        entry.id = UuidV7.next();
        entry.schoolId = membership.schoolId;
        entry.membershipId = membership.id;
        entry.userId = membership.userId;
        entry.actor = tenant.actor();
        entry.action = action;
        entry.oldRoles = oldRoles;
        entry.newRoles = newRoles;
        entry.at = UtcClock.now();
        return audit.persist(entry).chain(audit::flush);
    }

    private Uni<Membership> find(UUID id) {
        return memberships.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("membership", id));
    }

    /** Roles of DESIGN §3 that a school may grant; superadmin is never one of them. */
    static String[] validRoles(List<String> roles) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            String role = roles.get(i);
            if (Roles.SUPERADMIN.equals(role)) {
                errors.add(new FieldError("roles[" + i + "]", "superadmin cannot be granted through the API"));
            } else if (!Roles.GRANTABLE.contains(role)) {
                errors.add(new FieldError("roles[" + i + "]", "must be one of " + Roles.GRANTABLE));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return new LinkedHashSet<>(roles).toArray(String[]::new);
    }
}
