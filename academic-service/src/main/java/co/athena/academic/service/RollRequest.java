package co.athena.academic.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A class's roll for a date: every student on the course's roster that day, once. */
public record RollRequest(@NotNull LocalDate classDate,
                          @NotEmpty @Size(max = 200) List<@Valid @NotNull AttendanceEntry> entries) {
}
