package co.athena.academic.service;

import co.athena.academic.domain.Subject;
import co.athena.shared.patch.Merged;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** What a merge patch may change of a subject, and its current values (none can be cleared). */
public record SubjectPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED) UUID areaId,
                           @NotNull(groups = Merged.class, message = Merged.REQUIRED)
                           @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
                           @NotNull(groups = Merged.class, message = Merged.REQUIRED)
                           @Size(max = 200) @Pattern(regexp = Codes.NAME, message = Codes.NAME_MESSAGE) String name) {

    static SubjectPatch of(Subject subject) {
        return new SubjectPatch(subject.areaId, subject.code, subject.name);
    }
}
