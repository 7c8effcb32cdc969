package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.academic.report-cards.v1}: a student's report card for an academic period was published, its PDF
 * stored; {@code version} 1 when the period's cards are published, a later one for a correction, which
 * {@code supersedes} the card it replaces. Carries ids only (no grades, no names): a consumer that shows the card
 * asks academic-service with its reader's token. Key: the student id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReportCardPublishedEvent(UUID eventId, UUID schoolId, UUID reportCardId, UUID studentId,
                                       UUID classGroupId, UUID schoolYearId, UUID periodId, int periodNumber,
                                       int version, UUID supersedes, Instant occurredAt) implements SchoolEvent {

    public static final String TOPIC = "athena.academic.report-cards.v1";
    public static final String TYPE = "co.athena.academic.report-cards.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && reportCardId != null && studentId != null && periodId != null
                && occurredAt != null;
    }
}
