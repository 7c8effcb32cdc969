package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.students.lifecycle.v1}: a student was deactivated, reactivated or anonymized (data
 * subject request). Key: student id. Carries no personal data.
 */
// every field is written, null or not: consumers see one shape, as the schema and golden sample show
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StudentLifecycleEvent(UUID eventId, String change, UUID schoolId, UUID studentId, String reason,
                                    Instant occurredAt, long studentVersion) implements SchoolEvent {

    public static final String TOPIC = "athena.students.lifecycle.v1";
    public static final String TYPE = "co.athena.student.lifecycle.v1";
    public static final String DEACTIVATED = "deactivated";
    public static final String REACTIVATED = "reactivated";
    public static final String ANONYMIZED = "anonymized";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && studentId != null && change != null;
    }
}
