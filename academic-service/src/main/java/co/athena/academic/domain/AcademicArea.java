package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An area of knowledge (Ley 115's obligatory ones, or the school's own); subjects belong to one. */
@Entity
@Table(name = "academic_areas")
public class AcademicArea {

    @Id
    public UUID id;
    public UUID schoolId;
    public String code;
    public String name;
    public boolean mandatory;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
