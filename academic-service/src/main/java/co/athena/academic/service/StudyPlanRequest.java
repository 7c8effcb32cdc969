package co.athena.academic.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A grade's study plan for a school year: its subjects with weekly hours, and the weights (percent) the school sets
 * for some areas; the others weigh by their hours.
 */
public record StudyPlanRequest(@NotNull UUID schoolYearId,
                               @NotNull Integer gradeLevel,
                               @NotEmpty @Size(max = 40) List<@NotNull @Valid PlanSubject> subjects,
                               @Size(max = 20) Map<UUID, @NotNull @Min(1) @Max(100) Integer> areaWeights) {

    /** A subject of the plan and its weekly hours. */
    public record PlanSubject(@NotNull UUID subjectId, @NotNull @Min(1) @Max(40) Integer weeklyHours) {
    }
}
