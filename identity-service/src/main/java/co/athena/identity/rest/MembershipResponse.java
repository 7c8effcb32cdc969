package co.athena.identity.rest;

import co.athena.identity.domain.Membership;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record MembershipResponse(UUID id, UUID userId, List<String> roles, boolean isActive, Instant createdAt,
                                 Instant updatedAt, long version) {

    public static MembershipResponse of(Membership membership) {
        return new MembershipResponse(membership.id, membership.userId, membership.roleList(), membership.active,
                membership.createdAt, membership.updatedAt, membership.version);
    }
}
