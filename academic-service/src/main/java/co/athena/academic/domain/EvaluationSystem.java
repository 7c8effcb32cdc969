package co.athena.academic.domain;

import co.athena.shared.json.StoredJson;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A school year's evaluation system as the school set it; a year that never set one has the defaults. */
@Entity
@Table(name = "evaluation_systems")
public class EvaluationSystem {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> rules;
    public String updatedBy;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public EvaluationRules rules() {
        return StoredJson.read(rules, EvaluationRules.class);
    }

    public void rules(EvaluationRules value) {
        rules = StoredJson.of(value);
    }
}
