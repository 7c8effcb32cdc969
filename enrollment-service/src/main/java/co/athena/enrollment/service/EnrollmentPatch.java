package co.athena.enrollment.service;

import co.athena.enrollment.domain.Placement;
import jakarta.validation.constraints.Pattern;

import java.util.Map;

/** Fields given replace the stored ones; absent ones stay. */
public record EnrollmentPatch(
        Integer gradeLevel,
        @Pattern(regexp = Placement.GROUP_PATTERN, message = Placement.GROUP_MESSAGE) String groupCode,
        @Pattern(regexp = Placement.SHIFT_PATTERN, message = Placement.SHIFT_MESSAGE) String shift,
        Map<String, Object> extraData) {
}
