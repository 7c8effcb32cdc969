package co.athena.tenancy.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new school. The NIT is checked against its DIAN check digit. The DANE code, when given,
 * also starts the school's SIMAT settings (staff need not type it twice).
 */
public record SchoolRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) String nit,
        @Pattern(regexp = SimatSettings.DANE_CODE, message = SimatSettings.DANE_CODE_MESSAGE) String daneCode,
        @Size(max = 200) String address,
        @Size(max = 100) String city,
        @Size(max = 100) String department,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email) {
}
