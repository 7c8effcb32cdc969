package co.athena.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One entry of an enrollment's status history, as the API documents it. The entries go out as the column stores
 * them ({@link EnrollmentResponse#statusHistory()}), so this record is their schema rather than a value the service
 * builds.
 */
public record StatusChange(String status,
                           @Schema(implementation = Instant.class) String changedAt,
                           String changedBy, String reason) {
}
