package co.athena.enrollment.rest;

import java.time.Instant;
import java.util.Map;

/** One entry of an enrollment's status history. */
public record StatusChange(String status, Instant changedAt, String changedBy, String reason) {

    static StatusChange of(Map<String, Object> stored) {
        return new StatusChange((String) stored.get("status"), Instant.parse((String) stored.get("changed_at")),
                (String) stored.get("changed_by"), (String) stored.get("reason"));
    }
}
