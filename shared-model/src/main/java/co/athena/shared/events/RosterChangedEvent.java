package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code athena.academic.rosters.v1}: a student's membership of a class group as it stands after a change (joined,
 * or left with {@code ends_on} and {@code end_reason}: moved, withdrawn, graduated…). Every course of the group
 * has the student while {@code open}. Key: the membership id; a membership changes once (it ends).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RosterChangedEvent(UUID eventId, UUID schoolId, UUID membershipId, UUID classGroupId,
                                 UUID enrollmentId, UUID studentId, LocalDate startsOn, LocalDate endsOn,
                                 String endReason, boolean open, Instant occurredAt) implements SchoolEvent {

    public static final String TOPIC = "athena.academic.rosters.v1";
    public static final String TYPE = "co.athena.academic.rosters.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && membershipId != null && classGroupId != null
                && studentId != null && startsOn != null && occurredAt != null;
    }
}
