package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.identity.access-changed.v1}: access ended or changed, and every service refuses the
 * Athena tokens it names that were issued before {@code effective_at}. {@code user_id} null means
 * every user of the school (the school was deactivated); {@code school_id} null means every school of
 * the user (the user was deactivated). Key: the user id, or the school id when the user is null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AccessChangedEvent(UUID eventId, String change, UUID userId, UUID schoolId, Instant effectiveAt,
                                 Instant occurredAt) implements ConsumedEvent {

    public static final String TOPIC = "athena.identity.access-changed.v1";
    public static final String TYPE = "co.athena.identity.access-changed.v1";
    public static final String USER_DEACTIVATED = "user_deactivated";
    public static final String MEMBERSHIP_DEACTIVATED = "membership_deactivated";
    public static final String ROLES_CHANGED = "roles_changed";
    public static final String SCHOOL_DEACTIVATED = "school_deactivated";

    /** What a consumer needs: a time, and at least one of user and school (never "everyone everywhere"). */
    @Override
    public boolean hasRequiredFields() {
        return eventId != null && change != null && effectiveAt != null && (userId != null || schoolId != null);
    }

    public String key() {
        return String.valueOf(userId != null ? userId : schoolId);
    }
}
