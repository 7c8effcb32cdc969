package co.athena.tenancy.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PeriodRequest(@NotNull @Min(1) @Max(20) Integer number, @NotBlank @Size(max = 100) String name,
                            @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
}
