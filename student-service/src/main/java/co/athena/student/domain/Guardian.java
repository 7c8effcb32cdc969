package co.athena.student.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An acudiente: one row per person in a school, linked to as many students as they look after. */
@Entity
@Table(name = "guardians")
public class Guardian {

    @Id
    public UUID id;
    public UUID schoolId;
    public String documentType;
    public String documentNumber;
    public String fullName;
    public String phone;
    public String email;
    public String address;
    public UUID userId;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
