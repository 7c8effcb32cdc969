package co.athena.academic.service;

import co.athena.academic.domain.AbsenceShare;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.AttendanceRecord;
import co.athena.academic.domain.AttendanceStatus;
import co.athena.academic.domain.AttendanceTally;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.repository.AttendanceRepository;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.TransactionLocks;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance per class: a teacher takes the whole roll of a date in one request; a correction replaces a record
 * with a new one that says why, never deleting it; absences are counted per course and academic period, and a
 * student reaching the school's threshold is announced ({@link AbsenceAlerts}). The period of a date is read from
 * the periods tenancy-service announced ({@link AcademicPeriods}), in the same transaction.
 */
@ApplicationScoped
public class AttendanceService {

    private static final int NAMED_AT_MOST = 10;

    private final AttendanceRepository records;
    private final ClassGroupEnrollmentRepository memberships;
    private final EvaluationSystems evaluation;
    private final CourseScope scope;
    private final AcademicPeriods periods;
    private final AbsenceAlerts alerts;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public AttendanceService(AttendanceRepository records, ClassGroupEnrollmentRepository memberships,
                             EvaluationSystems evaluation, CourseScope scope, AcademicPeriods periods, AbsenceAlerts alerts,
                             TenantTransactions transactions, TenantContext tenant) {
        this.records = records;
        this.memberships = memberships;
        this.evaluation = evaluation;
        this.scope = scope;
        this.periods = periods;
        this.alerts = alerts;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /** The roll of a class not taken yet: exactly the students on the course's roster that day. */
    public Uni<Roll> take(UUID courseId, RollRequest request) {
        Map<UUID, AttendanceEntry> entries = byStudent(request.entries());
        LocalDate date = request.classDate();
        if (date.isAfter(UtcClock.today())) {
            throw Problems.unprocessable("class_date", "a class of " + date + " has not happened yet");
        }
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> scope.require(courseId)
                .chain(course -> periods.containing(schoolId, course.schoolYearId, date, "class_date")
                        .chain(period -> locked(course, date)
                                .chain(() -> records.current(schoolId, courseId, date))
                                .chain(taken -> {
                                    if (!taken.isEmpty()) {
                                        throw Problems.conflict("roll-taken", "the roll of " + date + " is taken; "
                                                + "correct it at /api/v1/course-offerings/" + courseId
                                                + "/attendance/" + date + "/corrections");
                                    }
                                    return memberships.onDate(schoolId, course.classGroupId, date);
                                })
                                .chain(roster -> {
                                    requireWholeRoster(roster, entries, date);
                                    Instant now = UtcClock.now();
                                    List<AttendanceRecord> roll = entries.values().stream()
                                            .map(entry -> record(course, date, entry, null, now)).toList();
                                    return records.persist(roll).chain(records::flush)
                                            .chain(() -> alerts.check(course, period, absent(roll)))
                                            .replaceWith(Roll.of(courseId, date, roll));
                                }))));
    }

    /** Each entry replaces its student's current record of that class, for the request's reason. */
    public Uni<Roll> correct(UUID courseId, LocalDate date, CorrectionRequest request) {
        Map<UUID, AttendanceEntry> entries = byStudent(request.entries());
        String reason = request.reason().trim();
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> scope.require(courseId)
                .chain(course -> periods.containing(schoolId, course.schoolYearId, date, "class_date")
                        .chain(period -> locked(course, date)
                                .chain(() -> records.current(schoolId, courseId, date))
                                .chain(current -> {
                                    if (current.isEmpty()) {
                                        throw Problems.notFound("roll of " + date + " of course offering", courseId);
                                    }
                                    Map<UUID, AttendanceRecord> byStudent = current.stream()
                                            .collect(Collectors.toMap(r -> r.studentId, Function.identity()));
                                    requireOnRoll(byStudent.keySet(), entries, date);
                                    Instant now = UtcClock.now();
                                    List<AttendanceRecord> replacements = new ArrayList<>();
                                    entries.values().forEach(entry -> {
                                        AttendanceRecord old = byStudent.get(entry.studentId());
                                        if (!old.says(entry.status(), entry.note())) {
                                            AttendanceRecord replacement = record(course, date, entry, reason, now);
                                            old.supersede(replacement.id, now);
                                            replacements.add(replacement);
                                        }
                                    });
                                    // the replaced records leave the one-current-record index before the new ones
                                    Uni<Void> written = replacements.isEmpty() ? Uni.createFrom().voidItem()
                                            : records.flush().chain(() -> records.persist(replacements))
                                                    .chain(records::flush);
                                    return written
                                            .chain(() -> alerts.check(course, period, absent(replacements)))
                                            .chain(() -> records.everyRecord(schoolId, courseId, date))
                                            .map(all -> Roll.of(courseId, date, all));
                                }))));
    }

    /** The class's roll with every correction. */
    public Uni<Roll> roll(UUID courseId, LocalDate date) {
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> scope.require(courseId)
                .chain(course -> records.everyRecord(schoolId, courseId, date))
                .map(all -> {
                    if (all.isEmpty()) {
                        throw Problems.notFound("roll of " + date + " of course offering", courseId);
                    }
                    return Roll.of(courseId, date, all);
                }));
    }

    /** Each student's attendance in the course over a period, and absences as a share of its classes. */
    public Uni<AbsenceReport> absences(UUID courseId, int periodNumber) {
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> scope.require(courseId)
                .chain(course -> periods.numbered(schoolId, course.schoolYearId, periodNumber, "period")
                        .chain(period -> evaluation.rulesOf(schoolId, course.schoolYearId)
                                .chain(rules -> records.classesHeld(schoolId, courseId, period.startsOn,
                                                period.endsOn)
                                        .chain(held -> records.tallies(schoolId, courseId, period.startsOn,
                                                        period.endsOn)
                                                .map(tallies -> report(course, period, held,
                                                        rules.absenceThresholdPercent(), tallies)))))));
    }

    private static AbsenceReport report(CourseOffering course, AcademicPeriod period, int held,
                                        BigDecimal threshold,
                                        List<AttendanceTally> tallies) {
        int classes = AbsenceShare.of(0, held, course.weeklyHours, period.startsOn, period.endsOn).classes();
        return new AbsenceReport(course.id, period.number, period.startsOn, period.endsOn, held, classes,
                threshold, tallies.stream().map(tally -> AbsenceReport.Line.of(tally, AbsenceShare.of(tally.absent(),
                        held, course.weeklyHours, period.startsOn, period.endsOn), threshold)).toList());
    }

    /** One roll is written at a time: two teachers' requests for the same class do not interleave. */
    private static Uni<Void> locked(CourseOffering course, LocalDate date) {
        return TransactionLocks.lock("attendance/" + course.schoolId + "/" + course.id + "/" + date);
    }

    private AttendanceRecord record(CourseOffering course, LocalDate date, AttendanceEntry entry, String reason,
                                    Instant now) {
        AttendanceRecord record = new AttendanceRecord();
        record.id = UuidV7.next();
        record.schoolId = course.schoolId;
        record.courseOfferingId = course.id;
        record.studentId = entry.studentId();
        record.classDate = date;
        record.status = entry.status();
        record.note = entry.note();
        record.recordedBy = tenant.actor();
        record.recordedAt = now;
        record.correctionReason = reason;
        return record;
    }

    private static Set<UUID> absent(List<AttendanceRecord> written) {
        Set<UUID> absent = new HashSet<>();
        written.stream().filter(r -> AttendanceStatus.absent.name().equals(r.status)).forEach(r -> absent.add(r.studentId));
        return absent;
    }

    private static Map<UUID, AttendanceEntry> byStudent(List<AttendanceEntry> entries) {
        Map<UUID, AttendanceEntry> byStudent = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (byStudent.putIfAbsent(entries.get(i).studentId(), entries.get(i)) != null) {
                errors.add(new FieldError("entries[" + i + "].student_id", "appears twice in this roll"));
            }
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return byStudent;
    }

    private static void requireWholeRoster(List<ClassGroupEnrollment> roster, Map<UUID, AttendanceEntry> entries,
                                           LocalDate date) {
        Set<UUID> onRoster = roster.stream().map(m -> m.studentId).collect(Collectors.toSet());
        requireOnRoll(onRoster, entries, date);
        Set<UUID> missing = new TreeSet<>(onRoster);
        missing.removeAll(entries.keySet());
        if (!missing.isEmpty()) {
            throw Problems.unprocessable("entries", "the roll lacks " + missing.size() + " student(s) on the "
                    + "course's roster on " + date + ": " + named(missing));
        }
    }

    private static void requireOnRoll(Set<UUID> expected, Map<UUID, AttendanceEntry> entries, LocalDate date) {
        Set<UUID> strangers = new TreeSet<>(entries.keySet());
        strangers.removeAll(expected);
        if (!strangers.isEmpty()) {
            throw Problems.unprocessable("entries", strangers.size() + " student(s) not on the course's roster on "
                    + date + ": " + named(strangers));
        }
    }

    private static String named(Set<UUID> students) {
        return students.stream().limit(NAMED_AT_MOST).map(UUID::toString).collect(Collectors.joining(", "))
                + (students.size() > NAMED_AT_MOST ? ", …" : "");
    }
}
