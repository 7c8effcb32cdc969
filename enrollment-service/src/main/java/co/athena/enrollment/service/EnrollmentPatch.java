package co.athena.enrollment.service;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.SimatData;
import co.athena.shared.patch.Merged;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.simat.Shift;
import co.athena.shared.text.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** What a merge patch may change of an enrollment, and its current values; grade and shift cannot be cleared; simat merges field by field. */
public record EnrollmentPatch(
        @NotNull(groups = Merged.class, message = Merged.REQUIRED) Integer gradeLevel,
        @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String groupCode,
        @NotNull(groups = Merged.class, message = Merged.REQUIRED)
        @OneOf(Shift.class) @Schema(implementation = Shift.class) String shift,
        @Valid SimatData simat,
        Map<String, Object> extraData) {

    static EnrollmentPatch of(Enrollment e) {
        return new EnrollmentPatch(e.gradeLevel, e.groupCode, e.shift.name(),
                e.simatData.isEmpty() ? null : e.simat(), e.extraData);
    }
}
