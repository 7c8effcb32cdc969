package co.athena.academic.service;

import co.athena.academic.domain.EvaluationRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The year's evaluation system, whole; once a period of the year is closed, the change needs its reason. */
public record EvaluationSystemRequest(@NotNull @Valid EvaluationRules rules, @Size(min = 1, max = 500) String changeReason) {
}
