package co.athena.identity.rest;

import co.athena.identity.domain.MembershipAudit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AuditEntryResponse(UUID id, UUID membershipId, UUID userId, UUID invitationId, String actor, String action,
                                 List<String> oldRoles, List<String> newRoles, Instant at) {

    public static AuditEntryResponse of(MembershipAudit entry) {
        return new AuditEntryResponse(entry.id, entry.membershipId, entry.userId, entry.invitationId, entry.actor, entry.action,
                entry.oldRoles == null ? null : List.of(entry.oldRoles),
                entry.newRoles == null ? null : List.of(entry.newRoles), entry.at);
    }
}
