package co.athena.identity.service;

import co.athena.identity.domain.Invitation;
import co.athena.identity.domain.Membership;
import co.athena.identity.domain.MembershipAudit;
import co.athena.identity.repository.MembershipAuditRepository;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The append-only record of who changed which membership or invitation, when, from which roles to which. */
@ApplicationScoped
public class AuditTrail {

    private final MembershipAuditRepository audit;

    public AuditTrail(MembershipAuditRepository audit) {
        this.audit = audit;
    }

    public Uni<Void> membership(Membership membership, String actor, String action, String[] oldRoles, String[] newRoles) {
        MembershipAudit entry = entry(actor, action);
        entry.schoolId = membership.schoolId;
        entry.membershipId = membership.id;
        entry.userId = membership.userId;
        entry.oldRoles = oldRoles;
        entry.newRoles = newRoles;
        return save(entry);
    }

    public Uni<Void> invitation(Invitation invitation, String actor, String action) {
        MembershipAudit entry = entry(actor, action);
        entry.schoolId = invitation.schoolId;
        entry.invitationId = invitation.id;
        entry.membershipId = invitation.membershipId;
        entry.userId = invitation.acceptedBy;
        entry.newRoles = invitation.roles;
        return save(entry);
    }

    private static MembershipAudit entry(String actor, String action) {
        MembershipAudit entry = new MembershipAudit();
        entry.id = UuidV7.next();
        entry.actor = actor;
        entry.action = action;
        entry.at = UtcClock.now();
        return entry;
    }

    private Uni<Void> save(MembershipAudit entry) {
        return audit.persist(entry).chain(audit::flush);
    }
}
