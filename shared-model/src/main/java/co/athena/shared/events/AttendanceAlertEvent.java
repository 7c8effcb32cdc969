package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.academic.attendance-alerts.v1}: a student's absences in a course reached the school's threshold in
 * an academic period (absences over the period's classes of the course). Announced once per student, course and
 * period; a later correction that brings the figure down does not take it back. Key: the student id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AttendanceAlertEvent(UUID eventId, UUID schoolId, UUID alertId, UUID studentId, UUID courseOfferingId,
                                   UUID classGroupId, UUID subjectId, UUID schoolYearId, int periodNumber,
                                   int absences, int classes, BigDecimal absencePercent, BigDecimal thresholdPercent,
                                   Instant occurredAt) implements SchoolEvent {

    public static final String TOPIC = "athena.academic.attendance-alerts.v1";
    public static final String TYPE = "co.athena.academic.attendance-alerts.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && alertId != null && studentId != null
                && courseOfferingId != null && absencePercent != null && thresholdPercent != null && occurredAt != null;
    }
}
