package co.athena.student.service;

import co.athena.shared.patch.Merged;
import co.athena.student.domain.Guardian;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a merge patch may change of a guardian, and its current values; the full name cannot be cleared. */
public record GuardianPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED)
                            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String fullName,
                            @Size(max = 30) String phone, @Email @Size(max = 200) String email,
                            @Size(max = 300) String address) {

    static GuardianPatch of(Guardian g) {
        return new GuardianPatch(g.fullName, g.phone, g.email, g.address);
    }
}
