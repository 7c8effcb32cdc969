package co.athena.identity.rest;

import co.athena.identity.domain.Invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An invitation as its school sees it: nothing here tells whether the email is known elsewhere. */
public record InvitationResponse(UUID id, String email, List<String> roles, String status, Instant expiresAt,
                                 UUID invitedBy, UUID acceptedBy, UUID membershipId, Instant createdAt,
                                 Instant updatedAt, long version) {

    public static InvitationResponse of(Invitation invitation, Instant now) {
        return new InvitationResponse(invitation.id, invitation.email, invitation.roleList(), invitation.statusAt(now),
                invitation.expiresAt, invitation.invitedBy, invitation.acceptedBy, invitation.membershipId,
                invitation.createdAt, invitation.updatedAt, invitation.version);
    }
}
