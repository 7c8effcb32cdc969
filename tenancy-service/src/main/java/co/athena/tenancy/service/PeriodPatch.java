package co.athena.tenancy.service;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PeriodPatch(@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                          LocalDate startsOn, LocalDate endsOn) {
}
