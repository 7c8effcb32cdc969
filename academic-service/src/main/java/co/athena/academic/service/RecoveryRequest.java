package co.athena.academic.service;

import co.athena.academic.domain.GradeValue;
import co.athena.academic.domain.RecoveryKind;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** A recovery's result; {@code period} left out for one that concerns the whole year. */
public record RecoveryRequest(@NotNull UUID studentId, @Min(1) @Max(12) Integer period,
                              @NotNull @OneOf(RecoveryKind.class) @Schema(implementation = RecoveryKind.class) String kind,
                              @NotNull @GradeValue BigDecimal score,
                              @Size(min = 1, max = 500) String note) {
}
