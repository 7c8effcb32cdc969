package co.athena.identity.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record UserPatch(@Email @Size(min = 3, max = 200) String email,
                        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String fullName) {
}
