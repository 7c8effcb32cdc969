package co.athena.academic.service;

import co.athena.academic.domain.PromotionOutcome;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The comisión's outcome for a student: another than the rule's needs its reason (acta). */
public record PromotionChoice(@NotNull @OneOf(PromotionOutcome.class) @Schema(implementation = PromotionOutcome.class)
                              String outcome,
                              @Size(min = 1, max = 500) String reason) {
}
