package co.athena.student.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record GuardianPatch(@Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String fullName,
                            @Size(max = 30) String phone, @Email @Size(max = 200) String email,
                            @Size(max = 300) String address) {
}
