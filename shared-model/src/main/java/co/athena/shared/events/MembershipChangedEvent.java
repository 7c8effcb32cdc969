package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code athena.identity.memberships.v1}: a membership as it stands after a change (granted, roles changed,
 * deactivated, reactivated), so that a service can keep who works in a school in which roles without asking
 * identity-service on every request. {@code membership_version} orders the changes of one membership. Key: the
 * user id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MembershipChangedEvent(UUID eventId, UUID membershipId, UUID schoolId, UUID userId, List<String> roles,
                                     boolean active, long membershipVersion, Instant occurredAt) implements SchoolEvent {

    public static final String TOPIC = "athena.identity.memberships.v1";
    public static final String TYPE = "co.athena.identity.memberships.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && membershipId != null && schoolId != null && userId != null && roles != null
                && occurredAt != null;
    }

    public String key() {
        return userId.toString();
    }
}
