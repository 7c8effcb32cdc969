package co.athena.persistence.jobs;

import co.athena.shared.problem.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A job as its caller polls it: {@code processed} of {@code total} items (total absent until known), the errors that
 * failed it, and once it succeeded its answer ({@code result}, what the synchronous call answers) and the resource
 * it made ({@code result_url}), if any.
 */
public record JobView(UUID id, String kind, JobStatus status, int processed, Integer total, List<FieldError> errors,
                      @Schema(description = "the operation's own answer, as its synchronous "
                              + "call gives it, once the job succeeded")
                      JsonNode result,
                      @Schema(description = "where what the job made lives, if it made a resource") String resultUrl,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt) {
}
