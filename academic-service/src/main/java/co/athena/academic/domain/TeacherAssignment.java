package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A teacher giving a course from a date; ended (with a date and a reason) when reassigned, never deleted. */
@Entity
@Table(name = "teacher_assignments")
public class TeacherAssignment {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID courseOfferingId;
    public UUID teacherId;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String endReason;
    public String assignedBy;
    public String endedBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public boolean isOpen() {
        return endsOn == null;
    }

    /** Ends the assignment on {@code on}; the caller checked it does not end before it started. */
    public void end(LocalDate on, String reason, String actor, Instant at) {
        endsOn = on;
        endReason = reason;
        endedBy = actor;
        updatedAt = at;
    }
}
