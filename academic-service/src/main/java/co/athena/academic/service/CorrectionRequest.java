package co.athena.academic.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Corrections to a roll already taken: each entry replaces that student's record, for {@code reason}. */
public record CorrectionRequest(@NotBlank @Size(max = 500) String reason,
                                @NotEmpty @Size(max = 200) List<@Valid @NotNull AttendanceEntry> entries) {
}
