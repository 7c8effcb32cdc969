package co.athena.tenancy.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record SchoolYearRequest(@NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn,
                                @NotNull LocalDate endsOn) {
}
