package co.athena.academic.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One line of a report card: a course of the student's group in the period, with the grades of the year's periods so
 * far, this period's grade and level, the student's absences in it, a recovery recorded for it, and its note.
 * {@code grade} is null while nothing was graded.
 */
public record ReportCardItem(UUID courseOfferingId, UUID subjectId, String subject, UUID areaId, String area,
                             UUID teacherId, List<PeriodMark> periods, BigDecimal grade, PerformanceLevel level,
                             boolean pending, int absences, BigDecimal recovery, String observations) {

    /** A period's grade as it stood when the card was built. */
    public record PeriodMark(int period, BigDecimal grade, PerformanceLevel level, boolean pending) {
    }
}
