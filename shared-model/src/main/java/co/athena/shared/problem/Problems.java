package co.athena.shared.problem;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The problems the suite answers with, one factory each, so every service words them alike. */
public final class Problems {

    public static final String RETRY_AFTER_SECONDS = "5";

    private Problems() {
    }

    public static ProblemException badRequest(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(new Problem("validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s)", errors, null));
    }

    public static ProblemException malformed(String detail) {
        return new ProblemException(new Problem("malformed", "Malformed request", 400, detail, null, null));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem("forbidden", "Forbidden", 403, detail, null, null));
    }

    public static ProblemException notFound(String resource, Object id) {
        return new ProblemException(new Problem("not-found", "Not found", 404,
                resource + " " + id + " does not exist", null, null));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(new Problem(slug, "Conflict", 409, detail, null, null));
    }

    public static ProblemException invalidTransition(String resource, Object from, Object to,
                                                     Collection<?> allowed) {
        return new ProblemException(new Problem("invalid-transition", "Invalid transition", 409,
                resource + " cannot go from " + from + " to " + to + "; allowed: " + allowed, null,
                Map.of("current_status", String.valueOf(from), "allowed_transitions", List.copyOf(allowed))));
    }

    public static ProblemException preconditionFailed(String resource) {
        return new ProblemException(new Problem("stale-version", "Precondition failed", 412,
                resource + " changed since you read it; read it again and retry with its new ETag", null, null));
    }

    /** A change that must name the version it replaces (If-Match) came without one. */
    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(new Problem("precondition-required", "Precondition required", 428, detail, null,
                null));
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(new Problem("too-large", "Payload too large", 413, detail, null, null));
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(new Problem("unsupported-media-type", "Unsupported media type", 415, detail,
                null, null));
    }

    public static ProblemException unprocessable(String field, String message) {
        return unprocessable(List.of(new FieldError(field, message)));
    }

    public static ProblemException unprocessable(List<FieldError> errors) {
        return new ProblemException(new Problem("invalid-reference", "Unprocessable reference", 422,
                errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")),
                errors, null));
    }

    public static ProblemException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ProblemException(new Problem("too-many-requests", "Too many requests", 429, detail, null, null),
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ProblemException unavailable(String dependency) {
        return new ProblemException(new Problem("dependency-unavailable", "Service unavailable", 503,
                dependency + " is not available right now; nothing was changed, retry later", null, null),
                Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
}
