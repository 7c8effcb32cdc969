package co.athena.academic.service;

import co.athena.academic.domain.CourseOffering;

import java.util.List;
import java.util.UUID;

/** What a generation did: the courses it created, and the groups whose grade has no study plan yet. */
public record GenerationResult(List<CourseOffering> created, int alreadyThere, List<UUID> groupsWithoutPlan) {
}
