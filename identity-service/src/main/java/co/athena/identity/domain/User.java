package co.athena.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A person who signs in upstream; {@code id} is the upstream provider's subject. No password here. */
@Entity
@Table(name = "users")
public class User {

    @Id
    public UUID id;
    public String email;
    public String fullName;
    @Column(name = "is_active")
    public boolean active = true;
    @Column(name = "is_superadmin")
    public boolean superadmin;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
