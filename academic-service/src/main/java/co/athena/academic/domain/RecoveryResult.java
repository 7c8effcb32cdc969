package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recovery a student took in a course: its own record, beside the grades it recovers, never over them. */
@Entity
@Table(name = "recovery_results")
public class RecoveryResult {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID courseOfferingId;
    public UUID studentId;
    public Integer periodNumber;
    public String kind;
    public BigDecimal score;
    public String note;
    public String recordedBy;
    public Instant recordedAt;
}
