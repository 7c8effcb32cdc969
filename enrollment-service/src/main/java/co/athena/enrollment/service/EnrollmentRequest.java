package co.athena.enrollment.service;

import co.athena.enrollment.domain.SimatData;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.simat.Shift;
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
        @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String groupCode,
        @NotNull @OneOf(Shift.class) @Schema(implementation = Shift.class) String shift,
        @Valid SimatData simat,
        Map<String, Object> extraData) {
}
