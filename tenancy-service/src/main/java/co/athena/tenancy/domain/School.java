package co.athena.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "schools")
public class School {

    @Id
    public UUID id;
    public String name;
    public String nit;
    public String daneCode;
    public String address;
    public String city;
    public String department;
    public String phone;
    public String email;
    @Column(name = "is_active")
    public boolean active = true;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
