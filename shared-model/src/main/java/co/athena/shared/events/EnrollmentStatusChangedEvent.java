package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.enrollments.status-changed.v1}: an enrollment was created ({@code from_status} null)
 * or moved along its status flow, with why as a {@code reason_code}; {@code reason}, the staff's free
 * text until this code existed, is always null now (kept so that older consumers still read the event).
 * Key: enrollment id, so one enrollment's events keep their order.
 * Consumers dedupe by {@code event_id} and ignore an {@code enrollment_version} older than one they
 * have applied.
 */
// every field is written, null or not: consumers see one shape, as the schema and golden sample show
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EnrollmentStatusChangedEvent(UUID eventId, UUID schoolId, UUID enrollmentId, UUID studentId,
                                           UUID schoolYearId, int gradeLevel, String groupCode, String shift,
                                           String fromStatus, String toStatus, String reason, String changedBy,
                                           Instant changedAt, long enrollmentVersion, String reasonCode)
        implements SchoolEvent {

    public static final String TOPIC = "athena.enrollments.status-changed.v1";
    public static final String TYPE = "co.athena.enrollment.status-changed.v1";

    // why it changed, as codes: what staff typed stays in enrollment-service's status history
    public static final String CREATED = "created";
    public static final String PLACEMENT_CHANGED = "placement_changed";
    public static final String STAFF_DECISION = "staff_decision";
    public static final String DOCUMENTS_COMPLETE = "documents_complete";
    public static final String DOCUMENTS_MISSING = "documents_missing";
    public static final String STUDENT_DEACTIVATED = "student_deactivated";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && enrollmentId != null && studentId != null && toStatus != null
                && changedAt != null;
    }
}
