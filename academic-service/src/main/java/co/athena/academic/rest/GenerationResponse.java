package co.athena.academic.rest;

import co.athena.academic.service.GenerationResult;

import java.util.List;
import java.util.UUID;

/** The courses a generation created, how many were there already, and the groups whose grade has no plan. */
public record GenerationResponse(List<CourseOfferingResponse> created, int alreadyThere,
                                 List<UUID> groupsWithoutPlan) {

    public static GenerationResponse of(GenerationResult result) {
        return new GenerationResponse(result.created().stream().map(CourseOfferingResponse::of).toList(),
                result.alreadyThere(), result.groupsWithoutPlan());
    }
}
