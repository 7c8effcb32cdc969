package co.athena.identity.service;

import co.athena.identity.client.TeachingLoad;
import co.athena.identity.domain.Membership;
import co.athena.identity.domain.MembershipAudit;
import co.athena.identity.events.AccessChangeEvents;
import co.athena.identity.events.MembershipEvents;
import co.athena.identity.repository.MembershipAuditRepository;
import co.athena.identity.repository.MembershipRepository;
import co.athena.identity.repository.UserRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.RolePermissions;
import co.athena.shared.security.Roles;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Memberships of the caller's school. Every change is serialized per school (so the last-rector
 * rule holds under concurrency), checked against the caller's access in the database, recorded in
 * the append-only audit log, published as it stands ({@link MembershipEvents}), and, when it takes access away,
 * announced so that every service refuses the older tokens.
 */
@ApplicationScoped
public class MembershipService {

    private final MergePatches patches;
    private final MembershipRepository memberships;
    private final MembershipAuditRepository auditLog;
    private final UserRepository users;
    private final AuditTrail audit;
    private final CallerAuthority authority;
    private final AccessChangeEvents accessChanges;
    private final MembershipEvents membershipEvents;
    private final TeachingLoad teaching;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public MembershipService(MergePatches patches, MembershipRepository memberships, MembershipAuditRepository auditLog, UserRepository users,
                             AuditTrail audit, CallerAuthority authority, AccessChangeEvents accessChanges,
                             MembershipEvents membershipEvents, TeachingLoad teaching,
                             TenantTransactions transactions, TenantContext tenant) {
        this.patches = patches;
        this.memberships = memberships;
        this.auditLog = auditLog;
        this.users = users;
        this.audit = audit;
        this.authority = authority;
        this.accessChanges = accessChanges;
        this.membershipEvents = membershipEvents;
        this.teaching = teaching;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /** The platform's direct way in (bootstrap, support): a schools manage theirs by invitation. */
    @TenantTransactional
    public Uni<Membership> create(MembershipRequest request) {
        String[] roles = validRoles(request.roles());
        UUID school = tenant.requireSchoolId();
        return memberships.lockSchool(school)
                .chain(authority::requireSuperadmin)
                .chain(() -> users.findById(request.userId()))
                .chain(found -> {
                    if (found == null) {
                        throw Problems.unprocessable("user_id", "no such user");
                    }
                    return memberships.findOf(school, found.id);
                })
                .chain(existing -> {
                    if (existing != null) {
                        throw Problems.conflict("duplicate", "this user is already a member of this school (membership "
                                + existing.id + ")");
                    }
                    Membership membership = newMembership(school, request.userId(), roles);
                    return memberships.persist(membership).chain(memberships::flush)
                            .chain(() -> audit.membership(membership, tenant.actor(), MembershipAudit.GRANTED, null, roles))
                            .chain(() -> membershipEvents.changed(membership))
                            .replaceWith(() -> membership);
                });
    }

    static Membership newMembership(UUID school, UUID user, String[] roles) {
        Membership membership = new Membership();
        membership.id = UuidV7.next();
        membership.schoolId = school;
        membership.userId = user;
        membership.roles = roles;
        membership.createdAt = UtcClock.now();
        membership.updatedAt = membership.createdAt;
        return membership;
    }

    @TenantTransactional
    public Uni<Page<Membership>> list(UUID user, Boolean active, PageRequest page) {
        return memberships.page(tenant.requireSchoolId(), user, active, page)
                .map(rows -> Page.of(rows, page, m -> m.id));
    }

    @TenantTransactional
    public Uni<Membership> get(UUID id) {
        return find(id);
    }

    /**
     * A teacher losing the role (deactivated, or the role taken away) must give no course any more: asked of
     * academic-service before the transaction that changes the membership opens.
     */
    public Uni<Membership> update(UUID id, MergePatch<MembershipPatch> patch, ExpectedVersion expected) {
        if (patch.given().roles() != null) {
            validRoles(patch.given().roles());
        }
        UUID school = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return transactions.inSchool(school, () -> current(id)).chain(current -> {
            MembershipPatch changed = patches.apply(patch, MembershipPatch.of(current));
            return teachingEnds(bearer, current, validRoles(changed.roles()), changed.isActive());
        }).chain(() -> transactions.inSchool(school, () -> lockedForChange(id, expected).chain(change -> {
            Membership membership = change.membership();
            MembershipPatch changed = patches.apply(patch, MembershipPatch.of(membership));
            String[] newRoles = validRoles(changed.roles());
            change.mayGrant(newRoles);
            return change(membership, newRoles, changed.isActive());
        })));
    }

    public Uni<Membership> deactivate(UUID id, ExpectedVersion expected) {
        UUID school = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return transactions.inSchool(school, () -> current(id))
                .chain(current -> teachingEnds(bearer, current, current.roles, false))
                .chain(() -> transactions.inSchool(school, () -> lockedForChange(id, expected)
                        .chain(change -> change(change.membership(), change.membership().roles, false))));
    }

    /** The membership as a manager of this school (checked in the database) reads it before changing it. */
    private Uni<Membership> current(UUID id) {
        return authority.requireManager().chain(() -> find(id));
    }

    private Uni<Void> teachingEnds(String bearer, Membership current, String[] newRoles, boolean newActive) {
        boolean teaches = current.active && current.roleList().contains(Roles.TEACHER);
        boolean keepsTeaching = newActive && List.of(newRoles).contains(Roles.TEACHER);
        return teaches && !keepsTeaching ? teaching.requireNone(bearer, current.userId) : Uni.createFrom().voidItem();
    }

    @TenantTransactional
    public Uni<Page<MembershipAudit>> auditLog(UUID user, PageRequest page) {
        return auditLog.page(tenant.requireSchoolId(), user, page)
                .map(rows -> Page.of(rows, page, e -> e.id));
    }

    /** A membership about to change, and the roles its changer holds in the database now. */
    private record Change(Membership membership, List<String> changerRoles) {

        /** Nobody grants, or changes a member who holds, more than they hold themselves. */
        void mayGrant(String[] newRoles) {
            if (!RolePermissions.covers(changerRoles, List.of(newRoles))
                    || !RolePermissions.covers(changerRoles, membership.roleList())) {
                throw Problems.forbidden("you cannot grant or change roles beyond your own");
            }
        }
    }

    private Uni<Change> lockedForChange(UUID id, ExpectedVersion expected) {
        return memberships.lockSchool(tenant.requireSchoolId())
                .chain(authority::requireManager)
                .chain(changerRoles -> find(id).map(membership -> {
                    expected.check(membership.version, "membership " + id);
                    if (membership.userId.equals(authority.caller())) {
                        throw Problems.forbidden("nobody changes their own membership: ask another rector");
                    }
                    Change change = new Change(membership, changerRoles);
                    change.mayGrant(membership.roles);
                    return change;
                }));
    }

    private Uni<Membership> change(Membership membership, String[] newRoles, boolean newActive) {
        boolean rolesChange = !Arrays.equals(membership.roles, newRoles);
        if (!rolesChange && membership.active == newActive) {
            return Uni.createFrom().item(membership);
        }
        String[] oldRoles = membership.roles;
        String action = membership.active && !newActive ? MembershipAudit.DEACTIVATED
                : !membership.active && newActive ? MembershipAudit.REACTIVATED : MembershipAudit.ROLES_CHANGED;
        // access taken away (or reshaped) must also end in the tokens already out there
        String accessChange = membership.active && !newActive ? AccessChangedEvent.MEMBERSHIP_DEACTIVATED
                : newActive && rolesChange ? AccessChangedEvent.ROLES_CHANGED : null;
        return keepsARector(membership, newRoles, newActive)
                .chain(() -> users.lockForAccessChange(membership.userId))
                .chain(() -> {
                    membership.roles = newRoles;
                    membership.active = newActive;
                    membership.updatedAt = UtcClock.now();
                    return memberships.flush();
                })
                .chain(() -> audit.membership(membership, tenant.actor(), action, oldRoles, newRoles))
                .chain(() -> membershipEvents.changed(membership))
                .chain(() -> accessChange == null ? Uni.createFrom().voidItem()
                        : accessChanges.publish(accessChange, membership.userId, membership.schoolId, UtcClock.now()))
                .replaceWith(() -> membership);
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
