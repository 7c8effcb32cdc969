package co.athena.tenancy.service;

import co.athena.shared.patch.Merged;
import co.athena.tenancy.domain.AcademicPeriod;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** What a merge patch may change of a period, and its current values (none can be cleared); status changes go through transitions. */
public record PeriodPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED)
                              @Size(min = 1, max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
                              @NotNull(groups = Merged.class, message = Merged.REQUIRED) LocalDate startsOn,
                              @NotNull(groups = Merged.class, message = Merged.REQUIRED) LocalDate endsOn) {

    static PeriodPatch of(AcademicPeriod e) {
        return new PeriodPatch(e.name, e.startsOn, e.endsOn);
    }
}
