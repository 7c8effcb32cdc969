package co.athena.identity.service;

import co.athena.identity.config.InvitationConfig;
import co.athena.identity.domain.Invitation;
import co.athena.identity.domain.MembershipAudit;
import co.athena.identity.repository.InvitationRepository;
import co.athena.identity.repository.MembershipRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.RolePermissions;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * How a school brings people in: it invites an email with roles, and the upstream account that signs
 * in with that verified email accepts at its token exchange ({@link InvitationAcceptance}). The answer
 * never depends on whether the email is known anywhere on the platform.
 */
@ApplicationScoped
public class InvitationService {

    private static final Set<String> STATUSES = Set.of(Invitation.PENDING, Invitation.ACCEPTED, Invitation.REVOKED,
            Invitation.EXPIRED);

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final CallerAuthority authority;
    private final AuditTrail audit;
    private final InvitationConfig config;
    private final TenantContext tenant;

    public InvitationService(InvitationRepository invitations, MembershipRepository memberships,
                             CallerAuthority authority, AuditTrail audit, InvitationConfig config, TenantContext tenant) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.authority = authority;
        this.audit = audit;
        this.config = config;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Invitation> invite(String invitedEmail, List<String> invitedRoles) {
        String[] roles = MembershipService.validRoles(invitedRoles);
        String email = normalized(invitedEmail);
        UUID school = tenant.requireSchoolId();
        Instant now = UtcClock.now();
        return memberships.lockSchool(school)
                .chain(authority::requireManager)
                .invoke(inviterRoles -> {
                    if (!RolePermissions.covers(inviterRoles, List.of(roles))) {
                        throw Problems.forbidden("you cannot invite with roles beyond your own");
                    }
                })
                .chain(() -> invitations.expireStale(school, email, now))
                .chain(() -> invitations.findOpen(school, email, now))
                .chain(open -> {
                    if (open != null) {
                        throw Problems.conflict("duplicate", "this email already has a pending invitation to this school ("
                                + open.id + "): revoke it to invite again");
                    }
                    Invitation invitation = new Invitation();
                    invitation.id = UuidV7.next();
                    invitation.schoolId = school;
                    invitation.email = email;
                    invitation.roles = roles;
                    invitation.expiresAt = now.plus(config.lifetime());
                    invitation.invitedBy = authority.caller();
                    invitation.createdAt = now;
                    invitation.updatedAt = now;
                    return invitations.persist(invitation)
                            .chain(() -> audit.invitation(invitation, tenant.actor(), MembershipAudit.INVITED))
                            .replaceWith(invitation);
                });
    }

    @TenantTransactional
    public Uni<Page<Invitation>> list(String status, PageRequest page) {
        if (status != null && !STATUSES.contains(status)) {
            throw Problems.badRequest("status", "must be one of " + STATUSES);
        }
        Instant now = UtcClock.now();
        return invitations.page(tenant.requireSchoolId(), status, now, page)
                .map(rows -> Page.of(rows, page, i -> i.id, i -> i));
    }

    @TenantTransactional
    public Uni<Invitation> get(UUID id) {
        return find(id);
    }

    /** A pending invitation can no longer be accepted; one already accepted or closed stays as it is (409). */
    @TenantTransactional
    public Uni<Invitation> revoke(UUID id, ExpectedVersion expected) {
        Instant now = UtcClock.now();
        return memberships.lockSchool(tenant.requireSchoolId())
                .chain(authority::requireManager)
                .chain(() -> find(id))
                .chain(invitation -> {
                    expected.check(invitation.version, "invitation " + id);
                    if (Invitation.REVOKED.equals(invitation.status)) {
                        return Uni.createFrom().item(invitation);
                    }
                    if (!invitation.isOpenAt(now)) {
                        throw Problems.conflict("invitation-closed", "the invitation is " + invitation.statusAt(now)
                                + " and can no longer be revoked");
                    }
                    invitation.status = Invitation.REVOKED;
                    invitation.updatedAt = now;
                    return invitations.flush()
                            .chain(() -> audit.invitation(invitation, tenant.actor(), MembershipAudit.INVITATION_REVOKED))
                            .replaceWith(invitation);
                });
    }

    static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private Uni<Invitation> find(UUID id) {
        return invitations.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("invitation", id));
    }
}
