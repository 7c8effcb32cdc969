package co.athena.tenancy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "school_years")
public class SchoolYear {

    @Id
    public UUID id;
    public UUID schoolId;
    public String name;
    public LocalDate startsOn;
    public LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    public SchoolYearStatus status = SchoolYearStatus.planning;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public boolean contains(LocalDate from, LocalDate to) {
        return !from.isBefore(startsOn) && !to.isAfter(endsOn);
    }
}
