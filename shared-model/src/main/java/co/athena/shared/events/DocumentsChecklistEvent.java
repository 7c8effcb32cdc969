package co.athena.shared.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code athena.documents.checklist.v1}: an enrollment's required documents became all approved
 * ({@code complete}) or stopped being so (one rejected or replaced). Key: enrollment id.
 * {@code checklist_version} grows with every change of that enrollment's checklist, so a consumer can
 * ignore an older one that arrives late.
 */
// every field is written, null or not: consumers see one shape, as the schema and golden sample show
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DocumentsChecklistEvent(UUID eventId, UUID schoolId, UUID enrollmentId, UUID studentId,
                                      boolean complete, List<String> requiredDocuments,
                                      List<String> approvedDocuments, List<String> missingDocuments,
                                      String changedBy, Instant occurredAt, long checklistVersion) implements SchoolEvent {

    public static final String TOPIC = "athena.documents.checklist.v1";
    public static final String TYPE = "co.athena.documents.checklist.v1";

    @Override
    public boolean hasRequiredFields() {
        return eventId != null && schoolId != null && enrollmentId != null && missingDocuments != null;
    }
}
