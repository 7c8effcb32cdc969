package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code athena.academic.assignments.v1}: a teacher's assignment to a course as it stands after a change (made, or
 * ended with {@code ends_on}), with the course's class group, so that a service can tell which groups a teacher
 * teaches without asking academic-service. {@code open} is false once ended. Key: the assignment id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TeacherAssignmentEvent(UUID eventId, UUID schoolId, UUID assignmentId, UUID courseOfferingId,
                                     UUID classGroupId, UUID teacherId, LocalDate startsOn, LocalDate endsOn,
                                     boolean open, long assignmentVersion, Instant occurredAt) implements SchoolEvent {

    public static final String TOPIC = "athena.academic.assignments.v1";
    public static final String TYPE = "co.athena.academic.assignments.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && assignmentId != null && classGroupId != null
                && teacherId != null && startsOn != null && occurredAt != null;
    }
}
