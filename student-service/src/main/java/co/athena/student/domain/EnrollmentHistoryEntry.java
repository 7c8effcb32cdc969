package co.athena.student.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One enrollment status change as enrollment-service announced it. */
@Entity
@Table(name = "enrollment_history")
public class EnrollmentHistoryEntry {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID studentId;
    public UUID enrollmentId;
    public UUID schoolYearId;
    public UUID eventId;
    public String fromStatus;
    public String toStatus;
    public int gradeLevel;
    public String groupCode;
    public String shift;
    public String reason;
    public String changedBy;
    public Instant changedAt;
    public long enrollmentVersion;
}
