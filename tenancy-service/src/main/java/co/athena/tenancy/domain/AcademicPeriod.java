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
@Table(name = "academic_periods")
public class AcademicPeriod {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    public int number;
    public String name;
    public LocalDate startsOn;
    public LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    public PeriodStatus status = PeriodStatus.draft;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
