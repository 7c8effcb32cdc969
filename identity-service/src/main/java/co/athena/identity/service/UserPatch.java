package co.athena.identity.service;

import co.athena.identity.domain.User;
import co.athena.shared.patch.Merged;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a merge patch may change of a user, and the current values; neither can be cleared. */
public record UserPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED) @Email @Size(min = 3, max = 200) String email,
                        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
                        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String fullName) {

    static UserPatch of(User u) {
        return new UserPatch(u.email, u.fullName);
    }
}
