package co.athena.academic.domain;

import co.athena.shared.ids.UuidV7;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a placement does to its enrollment's group membership: the open one it ends and the one it opens, either
 * null. The one rule, whichever way the change is then written (Hibernate for a new group taking in those that
 * waited, SQL on the pool for the enrollments consumer).
 */
public record RosterChange(ClassGroupEnrollment ended, ClassGroupEnrollment joined) {

    private static final RosterChange NONE = new RosterChange(null, null);

    /**
     * Ends {@code open} (the enrollment's open membership, or null) unless it is in the placement's group, and opens
     * one there if the placement has a group; dated {@code on}.
     */
    public static RosterChange of(ClassGroupEnrollment open, EnrollmentPlacement placement, LocalDate on, Instant now) {
        if (open != null && Objects.equals(open.classGroupId, placement.classGroupId)) {
            return NONE;
        }
        if (open != null) {
            // still active: moved to another group (one not created yet waits, listed as unplaced)
            open.end(on, placement.isActive() ? ClassGroupEnrollment.MOVED : placement.status, now);
        }
        return new RosterChange(open, placement.classGroupId == null ? null : joining(placement, on, now));
    }

    private static ClassGroupEnrollment joining(EnrollmentPlacement placement, LocalDate on, Instant now) {
        ClassGroupEnrollment joined = new ClassGroupEnrollment();
        joined.id = UuidV7.next();
        joined.schoolId = placement.schoolId;
        joined.classGroupId = placement.classGroupId;
        joined.enrollmentId = placement.enrollmentId;
        joined.studentId = placement.studentId;
        joined.startsOn = on;
        joined.createdAt = now;
        joined.updatedAt = now;
        return joined;
    }
}
