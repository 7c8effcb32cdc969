package co.athena.enrollment.rest;

import co.athena.shared.json.StoredJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * One entry of an enrollment's status history, read straight from the stored array (a list page reads 50 of them).
 * {@code changed_at} goes out as stored, the ISO-8601 instant the service wrote ({@link Instant#toString()}):
 * parsing it only to format it back to the same text cost a sixth of the list's CPU.
 */
public record StatusChange(String status,
                           @Schema(implementation = Instant.class) String changedAt,
                           String changedBy, String reason) {

    static List<StatusChange> of(String storedHistory) {
        return StoredJson.readArray(storedHistory, StatusChange.class);
    }
}
