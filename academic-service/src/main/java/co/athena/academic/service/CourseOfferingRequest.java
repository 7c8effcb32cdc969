package co.athena.academic.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A subject given to a class group (beyond, or instead of, what its grade's study plan generates). */
public record CourseOfferingRequest(@NotNull UUID classGroupId, @NotNull UUID subjectId,
                                    @NotNull @Min(1) @Max(40) Integer weeklyHours) {
}
