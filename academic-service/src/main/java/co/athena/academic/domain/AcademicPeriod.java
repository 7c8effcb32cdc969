package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An academic period of a school year, as tenancy-service last announced it. */
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
    public String status;
    public boolean deleted;
    public long periodVersion;
    public Instant updatedAt;
}
