package co.athena.academic.service;

import co.athena.academic.domain.AcademicArea;
import co.athena.shared.patch.Merged;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a merge patch may change of an area, and its current values (none can be cleared). */
public record AreaPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED)
                        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
                        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
                        @Size(max = 200) @Pattern(regexp = Codes.NAME, message = Codes.NAME_MESSAGE) String name,
                        @NotNull(groups = Merged.class, message = Merged.REQUIRED) Boolean mandatory) {

    static AreaPatch of(AcademicArea area) {
        return new AreaPatch(area.code, area.name, area.mandatory);
    }
}
