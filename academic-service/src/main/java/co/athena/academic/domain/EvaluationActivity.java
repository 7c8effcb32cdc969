package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something a course's students are graded on in one academic period, with its weight in that period. */
@Entity
@Table(name = "evaluation_activities")
public class EvaluationActivity {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID courseOfferingId;
    public int periodNumber;
    public String type;
    public String title;
    public BigDecimal weight;
    public String dimension;
    public LocalDate dueOn;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;
}
