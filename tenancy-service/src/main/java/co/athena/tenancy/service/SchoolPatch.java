package co.athena.tenancy.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a school: absent (null) fields stay as they are. */
public record SchoolPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Size(max = 20) String nit,
        @Pattern(regexp = SimatSettings.DANE_CODE, message = SimatSettings.DANE_CODE_MESSAGE) String daneCode,
        @Size(max = 200) String address,
        @Size(max = 100) String city,
        @Size(max = 100) String department,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email) {
}
