package co.athena.academic.rest;

import co.athena.academic.domain.EvaluationSystemChange;

import java.time.Instant;
import java.util.Map;

/** One version of a year's evaluation system: the rules it put in place, who, when and why. */
public record EvaluationSystemChangeResponse(long version, Map<String, Object> rules, String reason, String changedBy,
                                             Instant changedAt) {

    public static EvaluationSystemChangeResponse of(EvaluationSystemChange change) {
        return new EvaluationSystemChangeResponse(change.version, change.rules, change.reason, change.changedBy,
                change.changedAt);
    }
}
