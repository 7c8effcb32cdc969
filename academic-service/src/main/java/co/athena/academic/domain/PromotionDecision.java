package co.athena.academic.domain;

import co.athena.shared.json.StoredJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A student's promotion at the end of a school year: what the school's rule gives ({@code computed}, recomputed
 * until confirmed), what the comisión decided ({@code outcome}: the computed one, or another with its reason), and
 * once confirmed it is final: next year's enrollment follows it.
 */
@Entity
@Table(name = "promotion_decisions")
public class PromotionDecision {

    /** An area the student failed in the year, with its year grade. */
    public record FailedArea(UUID areaId, String area, BigDecimal grade) {
    }

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    public UUID studentId;
    public UUID classGroupId;
    public int gradeLevel;
    @Enumerated(EnumType.STRING)
    public PromotionOutcome computed;
    @Enumerated(EnumType.STRING)
    public PromotionOutcome outcome;
    @Column(name = "failed_areas")
    @ColumnTransformer(read = "cast(failed_areas as text)", write = "cast(cast(? as text) as jsonb)")
    String failedAreasJson = "[]";
    public boolean absencesReached;
    public String overrideReason;
    public Instant computedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String confirmedBy;
    public Instant confirmedAt;
    @Version
    public long version;

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public List<FailedArea> failedAreas() {
        return StoredJson.readArray(failedAreasJson, FailedArea.class);
    }

    /** The rule's outcome as the grades stand; an outcome the comisión changed stays changed. */
    public void compute(UUID groupId, int grade, PromotionOutcome ruled, List<FailedArea> failed, boolean absences,
                        Instant at) {
        classGroupId = groupId;
        gradeLevel = grade;
        computed = ruled;
        if (overrideReason == null) {
            outcome = ruled;
        }
        failedAreasJson = StoredJson.arrayOf(failed);
        absencesReached = absences;
        computedAt = at;
    }

    /** The comisión's outcome: the computed one takes no reason; another one needs it. */
    public void decide(PromotionOutcome decided, String reason, String by, Instant at) {
        outcome = decided;
        overrideReason = decided == computed ? null : reason;
        decidedBy = by;
        decidedAt = at;
    }

    public void confirm(String by, Instant at) {
        confirmedBy = by;
        confirmedAt = at;
    }
}
