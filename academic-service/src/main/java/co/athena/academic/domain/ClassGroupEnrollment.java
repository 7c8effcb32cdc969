package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A student in a class group from a date; every course of the group has them on its roster while it is open.
 * Ended (moved, withdrawn, graduated…) with a date, never deleted.
 */
@Entity
@Table(name = "class_group_enrollments")
public class ClassGroupEnrollment {

    public static final String MOVED = "moved";

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID classGroupId;
    public UUID enrollmentId;
    public UUID studentId;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String endReason;
    public Instant createdAt;
    public Instant updatedAt;

    public RosterEntry entry() {
        return new RosterEntry(enrollmentId, studentId, classGroupId, startsOn, endsOn, endReason);
    }

    public void end(LocalDate on, String reason, Instant at) {
        // a change dated before the membership began (a late event) still closes it, on its first day
        endsOn = on.isBefore(startsOn) ? startsOn : on;
        endReason = reason;
        updatedAt = at;
    }
}
