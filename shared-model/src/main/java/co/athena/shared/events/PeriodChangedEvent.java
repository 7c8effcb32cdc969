package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code athena.schools.periods.v1}: an academic period of a school year as it stands after a change (created,
 * renamed or moved, its status changed: draft, open, closed, published), or deleted (only a draft can be), with
 * {@code period_version} to order them. A service that follows periods (academic-service: attendance, scores,
 * report cards) keeps them from it instead of asking tenancy-service on every write. Key: the period id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PeriodChangedEvent(UUID eventId, UUID schoolId, UUID schoolYearId, UUID periodId, int number,
                                 String name, LocalDate startsOn, LocalDate endsOn, String status, boolean deleted,
                                 long periodVersion, Instant occurredAt) implements SchoolEvent {

    public static final String TOPIC = "athena.schools.periods.v1";
    public static final String TYPE = "co.athena.schools.periods.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && schoolYearId != null && periodId != null && number > 0
                && startsOn != null && endsOn != null && status != null && occurredAt != null;
    }
}
