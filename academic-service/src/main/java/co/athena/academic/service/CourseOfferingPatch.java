package co.athena.academic.service;

import co.athena.academic.domain.CourseOffering;
import co.athena.shared.patch.Merged;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** What a merge patch may change of a course: its weekly hours (group and subject make the course). */
public record CourseOfferingPatch(@NotNull(groups = Merged.class, message = Merged.REQUIRED) @Min(1) @Max(40)
                                  Integer weeklyHours) {

    static CourseOfferingPatch of(CourseOffering course) {
        return new CourseOfferingPatch(course.weeklyHours);
    }
}
