package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrollment as enrollment-service last announced it, and the class group it is placed in (null: none of its
 * year has its group code yet, or it is not active). Written only by the enrollments consumer and by a new group
 * taking in the enrollments that waited for its code.
 */
@Entity
@Table(name = "enrollment_placements")
public class EnrollmentPlacement {

    public static final String ACTIVE = "active";

    @Id
    public UUID enrollmentId;
    public UUID schoolId;
    public UUID studentId;
    public UUID schoolYearId;
    public int gradeLevel;
    public String groupCode;
    public String status;
    public UUID classGroupId;
    public long enrollmentVersion;
    public Instant updatedAt;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
