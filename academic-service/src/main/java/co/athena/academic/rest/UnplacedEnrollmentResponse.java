package co.athena.academic.rest;

import co.athena.academic.domain.EnrollmentPlacement;

import java.util.UUID;

/** An active enrollment whose group code no class group of its year has. */
public record UnplacedEnrollmentResponse(UUID enrollmentId, UUID studentId, UUID schoolYearId, int gradeLevel,
                                         String groupCode) {

    public static UnplacedEnrollmentResponse of(EnrollmentPlacement p) {
        return new UnplacedEnrollmentResponse(p.enrollmentId, p.studentId, p.schoolYearId, p.gradeLevel, p.groupCode);
    }
}
