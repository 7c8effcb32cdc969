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

    /** Scores change only while the period is open (draft: not started; closed or published: its grades stand). */
    public boolean takesScores() {
        return "open".equals(status);
    }

    /** A closed or published period's activities stand as they are. */
    public boolean isOver() {
        return "closed".equals(status) || "published".equals(status);
    }

    public String describe() {
        return "period " + number + " (" + name + ") is " + status;
    }
}
