package co.athena.tenancy.service;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Changes to a school year: absent (null) fields stay as they are; status changes go through transitions. */
public record SchoolYearPatch(@Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                              LocalDate startsOn, LocalDate endsOn) {
}
