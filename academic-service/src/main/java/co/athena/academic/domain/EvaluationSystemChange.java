package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One change of an evaluation system: the rules it put in place as that version, who, when and why. */
@Entity
@Table(name = "evaluation_system_changes")
public class EvaluationSystemChange {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID evaluationSystemId;
    public long version;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> rules;
    public String reason;
    public String changedBy;
    public Instant changedAt;
}
