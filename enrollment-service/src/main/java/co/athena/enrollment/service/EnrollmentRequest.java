package co.athena.enrollment.service;

import co.athena.enrollment.domain.Placement;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.Map;
import java.util.UUID;

public record EnrollmentRequest(
        @NotNull UUID studentId,
        @NotNull UUID schoolYearId,
        @NotNull Integer gradeLevel,
        @Pattern(regexp = Placement.GROUP_PATTERN, message = Placement.GROUP_MESSAGE) String groupCode,
        @NotNull @Pattern(regexp = Placement.SHIFT_PATTERN, message = Placement.SHIFT_MESSAGE) String shift,
        Map<String, Object> extraData) {
}
