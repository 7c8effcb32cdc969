package co.athena.academic.domain;

import java.math.BigDecimal;

/**
 * A computed grade on the school's scale (one decimal), its national level, and whether it is pending: some score
 * it depends on is missing and the school counts missing scores as pending (it then stands on the scores there are).
 */
public record Grade(BigDecimal value, PerformanceLevel level, boolean pending) {
}
