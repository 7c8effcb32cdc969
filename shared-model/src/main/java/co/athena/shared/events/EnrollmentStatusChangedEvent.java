package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.enrollments.status-changed.v1}: an enrollment was created ({@code from_status} null)
 * or moved along its status flow. Key: enrollment id, so one enrollment's events keep their order.
 * Consumers dedupe by {@code event_id} and ignore an {@code enrollment_version} older than one they
 * have applied.
 */
// every field is written, null or not: consumers see one shape, as the schema and golden sample show
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EnrollmentStatusChangedEvent(UUID eventId, UUID schoolId, UUID enrollmentId, UUID studentId,
                                           UUID schoolYearId, int gradeLevel, String groupCode, String shift,
                                           String fromStatus, String toStatus, String reason, String changedBy,
                                           Instant changedAt, long enrollmentVersion) {

    public static final String TOPIC = "athena.enrollments.status-changed.v1";
    public static final String TYPE = "co.athena.enrollment.status-changed.v1";
}
