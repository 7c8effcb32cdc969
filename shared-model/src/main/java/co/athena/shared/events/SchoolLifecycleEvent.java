package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code athena.schools.lifecycle.v1}: a school was created, updated or deactivated. Key: school id.
 * Consumers drop or archive a deactivated school's data as their own rules say.
 */
// every field is written, null or not: consumers see one shape, as the schema and golden sample show
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SchoolLifecycleEvent(UUID eventId, String change, UUID schoolId, String name, String nit,
                                   String daneCode, boolean isActive, Instant occurredAt, long schoolVersion)
        implements SchoolEvent {

    public static final String TOPIC = "athena.schools.lifecycle.v1";
    public static final String TYPE = "co.athena.school.lifecycle.v1";
    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DEACTIVATED = "deactivated";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && change != null && name != null;
    }
}
