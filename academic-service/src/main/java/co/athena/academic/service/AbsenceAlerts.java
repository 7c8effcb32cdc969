package co.athena.academic.service;

import co.athena.academic.domain.AbsenceShare;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.AttendanceTally;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.events.AcademicEvents;
import co.athena.academic.repository.AttendanceAlertRepository;
import co.athena.academic.repository.AttendanceRepository;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * After a roll or a correction, in its transaction: each student now absent whose absences in the course reach the
 * year's threshold (its evaluation system) for the period is announced, once per student, course and period.
 */
@ApplicationScoped
public class AbsenceAlerts {

    private final AttendanceRepository records;
    private final AttendanceAlertRepository alerts;
    private final EvaluationSystems evaluation;
    private final AcademicEvents events;

    public AbsenceAlerts(AttendanceRepository records, AttendanceAlertRepository alerts,
                         EvaluationSystems evaluation, AcademicEvents events) {
        this.records = records;
        this.alerts = alerts;
        this.evaluation = evaluation;
        this.events = events;
    }

    public Uni<Void> check(CourseOffering course, AcademicPeriod period, Set<UUID> absentNow) {
        if (absentNow.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return evaluation.rulesOf(course.schoolId, course.schoolYearId).chain(rules -> records.classesHeld(course.schoolId, course.id,
                        period.startsOn, period.endsOn)
                .chain(held -> records.tallies(course.schoolId, course.id, period.startsOn, period.endsOn)
                        .chain(tallies -> {
                            Uni<Void> work = Uni.createFrom().voidItem();
                            for (AttendanceTally tally : tallies) {
                                AbsenceShare share = AbsenceShare.of(tally.absent(), held, course.weeklyHours,
                                        period.startsOn, period.endsOn);
                                if (absentNow.contains(tally.studentId())
                                        && share.reaches(rules.absenceThresholdPercent())) {
                                    work = work.chain(() -> once(course, period, tally.studentId(), share,
                                            rules.absenceThresholdPercent()));
                                }
                            }
                            return work;
                        })));
    }

    private Uni<Void> once(CourseOffering course, AcademicPeriod period, UUID student, AbsenceShare share,
                           BigDecimal threshold) {
        UUID alert = UuidV7.next();
        return alerts.recordOnce(alert, course.schoolId, course.id, student, period.number, share, threshold)
                .chain(first -> first ? events.attendanceAlert(alert, course, student, period.number, share,
                        threshold) : Uni.createFrom().voidItem());
    }
}
