package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A subject of the school's catalog, under one area. */
@Entity
@Table(name = "subject_catalog")
public class Subject {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID areaId;
    public String code;
    public String name;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
