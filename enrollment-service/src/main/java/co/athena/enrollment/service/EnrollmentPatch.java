package co.athena.enrollment.service;

import co.athena.enrollment.domain.Placement;
import co.athena.enrollment.domain.Shift;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Fields given replace the stored ones; absent ones stay. */
public record EnrollmentPatch(
        Integer gradeLevel,
        @Pattern(regexp = Placement.GROUP_PATTERN, message = Placement.GROUP_MESSAGE) String groupCode,
        @OneOf(Shift.class) @Schema(implementation = Shift.class) String shift,
        Map<String, Object> extraData) {
}
