package co.athena.identity.service;

import co.athena.identity.domain.Invitation;
import co.athena.identity.domain.Membership;
import co.athena.identity.domain.MembershipAudit;
import co.athena.identity.domain.User;
import co.athena.identity.events.MembershipEvents;
import co.athena.identity.repository.InvitationRepository;
import co.athena.identity.repository.KnownSchoolRepository;
import co.athena.identity.repository.MembershipRepository;
import co.athena.identity.repository.UserRepository;
import co.athena.shared.ids.UtcClock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invitation accepted at the token exchange: the upstream account whose verified email matches
 * a pending invitation of the school becomes (or already is) a user, and its membership is created
 * or reactivated with the invited roles. Once: the invitation is then used. Runs in the exchange's
 * transaction, bound to the school, serialized with the school's other membership changes.
 */
@ApplicationScoped
public class InvitationAcceptance {

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final UserRepository users;
    private final KnownSchoolRepository schools;
    private final AuditTrail audit;
    private final MembershipEvents membershipEvents;

    public InvitationAcceptance(InvitationRepository invitations, MembershipRepository memberships,
                                UserRepository users, KnownSchoolRepository schools, AuditTrail audit,
                                MembershipEvents membershipEvents) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.users = users;
        this.schools = schools;
        this.audit = audit;
        this.membershipEvents = membershipEvents;
    }

    /** The accepted roles and the user's email; fails with {@link TokenExchangeService#denied()} when there is nothing to accept. */
    public Uni<Accepted> accept(UpstreamIdentity identity, UUID school) {
        if (identity.verifiedEmail().isEmpty()) {
            return Uni.createFrom().failure(TokenExchangeService.denied());
        }
        String email = identity.verifiedEmail().get();
        Instant now = UtcClock.now();
        return memberships.lockSchool(school)
                .chain(() -> schools.findById(school))
                .chain(known -> known == null || !known.active ? denied() : memberships.findOf(school, identity.subject()))
                .chain(existing -> existing != null && existing.active
                        // a concurrent exchange of the same account accepted it a moment ago
                        ? users.findById(identity.subject()).map(user -> new Accepted(existing.roleList(), user.email))
                        : invitations.findOpen(school, email, now).chain(invitation -> invitation == null ? denied()
                                : userFor(identity, email, now).chain(user -> join(invitation, user, existing, now))));
    }

    public record Accepted(List<String> roles, String email) {
    }

    /** The account's user, created from the upstream token at its first sign-in. */
    private Uni<User> userFor(UpstreamIdentity identity, String email, Instant now) {
        return users.findById(identity.subject()).chain(user -> {
            if (user != null) {
                return user.active ? Uni.createFrom().item(user) : denied();
            }
            return users.findByEmail(email).chain(holder -> {
                if (holder != null) {
                    return denied(); // the address belongs to another upstream account
                }
                User created = new User();
                created.id = identity.subject();
                created.email = email;
                created.fullName = identity.name().orElse(email.substring(0, email.indexOf('@')));
                created.createdAt = now;
                created.updatedAt = now;
                return users.persist(created);
            });
        });
    }

    private Uni<Accepted> join(Invitation invitation, User user, Membership existing, Instant now) {
        String actor = user.id.toString();
        Membership membership = existing != null ? existing : MembershipService.newMembership(invitation.schoolId,
                user.id, invitation.roles);
        String[] oldRoles = existing == null ? null : existing.roles;
        membership.roles = invitation.roles;
        membership.active = true;
        membership.updatedAt = now;
        invitation.status = Invitation.ACCEPTED;
        invitation.acceptedBy = user.id;
        invitation.membershipId = membership.id;
        invitation.updatedAt = now;
        Uni<Void> saved = existing == null ? memberships.persist(membership).chain(memberships::flush)
                : memberships.flush();
        return saved
                .chain(invitations::flush)
                .chain(() -> membershipEvents.changed(membership))
                .chain(() -> audit.invitation(invitation, actor, MembershipAudit.INVITATION_ACCEPTED))
                .chain(() -> audit.membership(membership, actor,
                        existing == null ? MembershipAudit.GRANTED : MembershipAudit.REACTIVATED, oldRoles, membership.roles))
                .replaceWith(() -> new Accepted(membership.roleList(), user.email));
    }

    private static <T> Uni<T> denied() {
        return Uni.createFrom().failure(TokenExchangeService.denied());
    }
}
