package co.athena.tenancy.service;

import co.athena.shared.patch.Merged;
import co.athena.tenancy.domain.School;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a merge patch may change of a school, and its current values; the name cannot be cleared. */
public record SchoolPatch(
        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(max = 20) String nit,
        @Pattern(regexp = SimatSettings.DANE_CODE, message = SimatSettings.DANE_CODE_MESSAGE) String daneCode,
        @Size(max = 200) String address,
        @Size(max = 100) String city,
        @Size(max = 100) String department,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email) {

    static SchoolPatch of(School s) {
        return new SchoolPatch(s.name, s.nit, s.daneCode, s.address, s.city, s.department, s.phone, s.email);
    }
}
