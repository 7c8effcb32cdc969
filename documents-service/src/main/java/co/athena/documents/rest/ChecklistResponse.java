package co.athena.documents.rest;

import co.athena.documents.domain.Checklist;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment's documents against the school's required list: {@code missing} has nothing usable (none
 * uploaded, or rejected), {@code awaiting_validation} is uploaded and waits for staff.
 */
public record ChecklistResponse(UUID enrollmentId, boolean complete, List<String> missing,
                                List<String> awaitingValidation, List<Item> items) {

    /** One document type: required or not, what is there, and whether it counts. */
    public record Item(String documentType, boolean required, boolean present, String status, boolean satisfied,
                       Integer documentVersion, UUID acceptedByGuardianId, Instant acceptedAt) {
    }

    public static ChecklistResponse of(UUID enrollmentId, Checklist checklist) {
        return new ChecklistResponse(enrollmentId, checklist.complete(), checklist.missing(),
                checklist.awaitingValidation(), checklist.items().stream()
                .map(i -> new Item(i.type().name(), i.required(), i.current() != null || i.acceptance() != null,
                        i.acceptance() != null ? "accepted" : i.current() != null ? i.current().status.name() : "missing",
                        i.satisfied(), i.current() == null ? null : i.current().documentVersion,
                        i.acceptance() == null ? null : i.acceptance().acceptedByGuardianId,
                        i.acceptance() == null ? null : i.acceptance().acceptedAt))
                .toList());
    }
}
