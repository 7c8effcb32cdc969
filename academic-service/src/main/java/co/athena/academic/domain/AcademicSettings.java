package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A school's academic settings; a school that never set them has the defaults. */
@Entity
@Table(name = "academic_settings")
public class AcademicSettings {

    /**
     * 25 % of a period's classes: the share many schools' SIEE name for failing by absence. No national rule sets
     * it (Decreto 1290 leaves it to each school), so it is only a starting value.
     */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("25.00");

    @Id
    public UUID schoolId;
    public BigDecimal absenceThresholdPercent;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    public static AcademicSettings defaults(UUID schoolId) {
        AcademicSettings settings = new AcademicSettings();
        settings.schoolId = schoolId;
        settings.absenceThresholdPercent = DEFAULT_THRESHOLD;
        return settings;
    }
}
