package co.athena.academic.service;

import co.athena.shared.simat.GroupCode;
import co.athena.shared.simat.Shift;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** A new class group of a school year: SIMAT's grade, a group code such as 601, a shift, its capacity and director. */
public record ClassGroupRequest(@NotNull UUID schoolYearId,
                                @NotNull Integer gradeLevel,
                                @NotNull @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.MESSAGE) String code,
                                @NotNull @OneOf(Shift.class) @Schema(implementation = Shift.class) String shift,
                                @NotNull @Min(1) @Max(80) Integer capacity,
                                UUID directorId) {
}
