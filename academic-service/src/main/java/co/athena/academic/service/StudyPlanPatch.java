package co.athena.academic.service;

import co.athena.academic.service.StudyPlanRequest.PlanSubject;
import co.athena.shared.patch.Merged;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a merge patch may change of a study plan: the subjects (replaced as a whole list) and the area weights. */
public record StudyPlanPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED) @NotEmpty @Size(max = 40)
                             List<@NotNull @Valid PlanSubject> subjects,
                             @Size(max = 20) Map<UUID, @NotNull @Min(1) @Max(100) Integer> areaWeights) {
}
