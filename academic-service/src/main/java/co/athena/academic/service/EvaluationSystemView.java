package co.athena.academic.service;

import co.athena.academic.domain.EvaluationRules;

import java.time.Instant;
import java.util.UUID;

/**
 * A year's evaluation system as it applies: the school's, or the defaults (version 0, never set). {@code frozen}:
 * a period of the year was closed, so a change must name the version it replaces and why.
 */
public record EvaluationSystemView(UUID schoolYearId, EvaluationRules rules, boolean frozen, long version,
                                   String updatedBy, Instant updatedAt) {
}
