package co.athena.academic.rest;

import co.athena.academic.domain.PromotionDecision;
import co.athena.academic.domain.PromotionOutcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A student's year-end promotion: what the school's rule gives ({@code computed}: the failed areas with their year
 * grades, whether absences reached the threshold), the comisión's {@code outcome} and, when it differs, its reason;
 * final once {@code confirmed_at} is set.
 */
public record PromotionResponse(UUID id, UUID studentId, UUID schoolYearId, UUID classGroupId, int gradeLevel,
                                PromotionOutcome computed, PromotionOutcome outcome,
                                List<PromotionDecision.FailedArea> failedAreas, boolean absencesReached,
                                String overrideReason, Instant computedAt, String decidedBy, Instant decidedAt,
                                String confirmedBy, Instant confirmedAt, long version) {

    static PromotionResponse of(PromotionDecision d) {
        return new PromotionResponse(d.id, d.studentId, d.schoolYearId, d.classGroupId, d.gradeLevel, d.computed,
                d.outcome, d.failedAreas(), d.absencesReached, d.overrideReason, d.computedAt, d.decidedBy,
                d.decidedAt, d.confirmedBy, d.confirmedAt, d.version);
    }

    static List<PromotionResponse> of(List<PromotionDecision> decisions) {
        return decisions.stream().map(PromotionResponse::of).toList();
    }
}
