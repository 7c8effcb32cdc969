package co.athena.shared.problem;

/** One invalid input: the JSON field (snake_case, dotted for nested) or parameter, and what is wrong. */
public record FieldError(String field, String message) {
}
