package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A student's score in an activity. Never overwritten: a change is a new score, this one marked superseded. */
@Entity
@Table(name = "activity_scores")
public class ActivityScore {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID activityId;
    public UUID studentId;
    public BigDecimal score;
    public String recordedBy;
    public Instant recordedAt;
    public UUID supersededBy;
    public Instant supersededAt;

    public void supersede(UUID by, Instant at) {
        supersededBy = by;
        supersededAt = at;
    }
}
