package co.athena.academic.rest;

import co.athena.academic.domain.CourseOffering;

import java.time.Instant;
import java.util.UUID;

public record CourseOfferingResponse(UUID id, UUID schoolYearId, UUID classGroupId, UUID subjectId, int weeklyHours,
                                     Instant createdAt, Instant updatedAt, long version) {

    public static CourseOfferingResponse of(CourseOffering c) {
        return new CourseOfferingResponse(c.id, c.schoolYearId, c.classGroupId, c.subjectId, c.weeklyHours,
                c.createdAt, c.updatedAt, c.version);
    }
}
