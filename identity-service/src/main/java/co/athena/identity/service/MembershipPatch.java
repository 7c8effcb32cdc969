package co.athena.identity.service;

import co.athena.identity.domain.Membership;
import co.athena.shared.patch.Merged;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a merge patch may change of a membership, and the current values; neither can be cleared. */
public record MembershipPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED)
                              @Size(min = 1, max = 6) List<@NotNull String> roles,
                              @NotNull(groups = Merged.class, message = Merged.REQUIRED) Boolean isActive) {

    static MembershipPatch of(Membership m) {
        return new MembershipPatch(List.of(m.roles), m.active);
    }
}
