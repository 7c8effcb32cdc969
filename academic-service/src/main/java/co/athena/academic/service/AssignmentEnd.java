package co.athena.academic.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** When and why an assignment ends without a successor (the teacher left, the course was dropped). */
public record AssignmentEnd(@NotNull LocalDate endsOn, @NotBlank @Size(max = 500) String reason) {
}
