package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a grade studies in a school year: its subjects with weekly hours ({@link StudyPlanSubject}), and the weights
 * the school set for some areas (percent by area id); the other areas weigh by their subjects' hours.
 */
@Entity
@Table(name = "study_plans")
public class StudyPlan {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    public int gradeLevel;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Integer> areaWeights = Map.of();
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** The weights the school set, by area. */
    public Map<UUID, Integer> setWeights() {
        Map<UUID, Integer> weights = new LinkedHashMap<>();
        areaWeights.forEach((area, weight) -> weights.put(UUID.fromString(area), weight));
        return weights;
    }
}
