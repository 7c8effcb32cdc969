package co.athena.enrollment.service;

import co.athena.enrollment.domain.Placement;
import co.athena.enrollment.domain.Shift;
import co.athena.enrollment.domain.SimatData;
import co.athena.shared.text.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;
import java.util.UUID;

public record EnrollmentRequest(
        @NotNull UUID studentId,
        @NotNull UUID schoolYearId,
        @NotNull Integer gradeLevel,
        @Pattern(regexp = Placement.GROUP_PATTERN, message = Placement.GROUP_MESSAGE) String groupCode,
        @NotNull @OneOf(Shift.class) @Schema(implementation = Shift.class) String shift,
        @Valid SimatData simat,
        Map<String, Object> extraData) {
}
