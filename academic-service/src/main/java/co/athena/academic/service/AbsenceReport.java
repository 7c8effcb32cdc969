package co.athena.academic.service;

import co.athena.academic.domain.AbsenceShare;
import co.athena.academic.domain.AttendanceTally;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A course's attendance over an academic period: the classes held and counted, and each student's share. */
public record AbsenceReport(UUID courseOfferingId, int periodNumber, LocalDate startsOn, LocalDate endsOn,
                            int classesHeld, int classes, BigDecimal thresholdPercent, List<Line> students) {

    /** A student's records by status, and absences as a share of the period's classes. */
    public record Line(UUID studentId, int present, int absent, int late, int excused, BigDecimal absencePercent,
                       boolean reachesThreshold) {

        static Line of(AttendanceTally tally, AbsenceShare share, BigDecimal threshold) {
            return new Line(tally.studentId(), tally.present(), tally.absent(), tally.late(), tally.excused(),
                    share.percent(), share.reaches(threshold));
        }
    }
}
