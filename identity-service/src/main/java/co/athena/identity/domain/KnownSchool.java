package co.athena.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** tenancy-service's schools as this service last heard of them (athena.schools.lifecycle.v1). */
@Entity
@Table(name = "schools")
public class KnownSchool {

    @Id
    public UUID id;
    public String name;
    @Column(name = "is_active")
    public boolean active;
    public long version;
    public Instant updatedAt;
}
