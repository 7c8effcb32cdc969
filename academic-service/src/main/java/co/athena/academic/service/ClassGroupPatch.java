package co.athena.academic.service;

import co.athena.academic.domain.ClassGroup;
import co.athena.shared.patch.Merged;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.simat.Shift;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** What a merge patch may change of a class group (its year and grade stay), and its current values; the director can be cleared. */
public record ClassGroupPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED)
                              @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String code,
                              @NotNull(groups = Merged.class, message = Merged.REQUIRED)
                              @OneOf(Shift.class) @Schema(implementation = Shift.class) String shift,
                              @NotNull(groups = Merged.class, message = Merged.REQUIRED) @Min(1) @Max(80) Integer capacity,
                              UUID directorId) {

    static ClassGroupPatch of(ClassGroup group) {
        return new ClassGroupPatch(group.code, group.shift.name(), group.capacity, group.directorId);
    }
}
