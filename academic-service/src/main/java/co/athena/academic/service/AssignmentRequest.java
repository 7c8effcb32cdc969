package co.athena.academic.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A teacher for a course from a date. When the course has a teacher already, that assignment ends on this date
 * with {@code reason} (required then).
 */
public record AssignmentRequest(@NotNull UUID teacherId, @NotNull LocalDate startsOn, @Size(max = 500) String reason) {
}
