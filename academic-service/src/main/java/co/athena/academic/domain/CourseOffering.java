package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A subject given to a class group in its school year, with its weekly hours. */
@Entity
@Table(name = "course_offerings")
public class CourseOffering {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    public UUID classGroupId;
    public UUID subjectId;
    public int weeklyHours;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
