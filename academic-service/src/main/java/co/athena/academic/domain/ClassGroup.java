package co.athena.academic.domain;

import co.athena.shared.simat.Shift;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A class group of a school year (SIMAT's GRUPO, such as 601): a grade, a shift, how many it seats, its director. */
@Entity
@Table(name = "class_groups")
public class ClassGroup {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    public int gradeLevel;
    public String code;
    @Enumerated(EnumType.STRING)
    public Shift shift;
    public int capacity;
    /** The group's director (director de grupo): an active teacher of the school, or none yet. */
    public UUID directorId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
