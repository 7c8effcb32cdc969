package co.athena.academic.service;

import co.athena.academic.client.SchoolYears;
import co.athena.academic.domain.AbsenceShare;
import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.PromotionDecision;
import co.athena.academic.domain.PromotionOutcome;
import co.athena.academic.domain.Subject;
import co.athena.academic.repository.AreaRepository;
import co.athena.academic.repository.AttendanceRepository;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.CourseOfferingRepository;
import co.athena.academic.repository.PeriodRepository;
import co.athena.academic.repository.PromotionRepository;
import co.athena.academic.repository.SubjectRepository;
import co.athena.persistence.metrics.LongWork;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.jobs.JobProgress;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Year-end promotion (Decreto 1290, art. 6 and 11): each student of the year's groups gets the outcome of the school's
 * promotion rule from their area year grades and absences; the comisión de evaluación y promoción changes one with a
 * reason and confirms them all; confirmed decisions are final and enrollment-service's rollover follows them.
 */
@ApplicationScoped
public class PromotionService {

    /** A course of a group with what the year left in it. */
    private record CourseYear(CourseOffering course, CourseGrades grades, Map<UUID, AbsenceShare> absences) {
    }

    private final PromotionRepository decisions;
    private final ClassGroupRepository groups;
    private final ClassGroupEnrollmentRepository memberships;
    private final CourseOfferingRepository courses;
    private final SubjectRepository subjects;
    private final AreaRepository areas;
    private final PeriodRepository periods;
    private final AttendanceRepository attendance;
    private final GradeService grades;
    private final EvaluationSystems evaluation;
    private final SchoolYears years;
    private final TenantTransactions transactions;
    private final TenantContext tenant;
    private final LongWork work;

    public PromotionService(PromotionRepository decisions, ClassGroupRepository groups,
                            ClassGroupEnrollmentRepository memberships, CourseOfferingRepository courses,
                            SubjectRepository subjects, AreaRepository areas, PeriodRepository periods,
                            AttendanceRepository attendance, GradeService grades, EvaluationSystems evaluation,
                            SchoolYears years, TenantTransactions transactions, TenantContext tenant,
                            LongWork work) {
        this.work = work;
        this.decisions = decisions;
        this.groups = groups;
        this.memberships = memberships;
        this.courses = courses;
        this.subjects = subjects;
        this.areas = areas;
        this.periods = periods;
        this.attendance = attendance;
        this.grades = grades;
        this.evaluation = evaluation;
        this.years = years;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<List<PromotionDecision>> ofYear(UUID schoolYearId) {
        return decisions.ofYear(tenant.requireSchoolId(), schoolYearId);
    }

    /**
     * Computes every unconfirmed decision of the year from the grades as they stand: the students in a group of the
     * year now; a decision whose student left every group goes. Confirmed decisions stay as they are.
     */
    public Uni<List<PromotionDecision>> compute(UUID schoolYearId, JobProgress progress) {
        // the caller's school and token now: as a job, the rest runs after the request has ended
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return work.timed("promotion_computation", () -> years.require(bearer, schoolYearId)
                .chain(year -> transactions.inSchool(schoolId,
                () -> evaluation.rulesOf(schoolId, schoolYearId)
                        .chain(rules -> periods.ofYear(schoolId, schoolYearId).chain(yearPeriods -> {
                            if (yearPeriods.isEmpty()) {
                                throw Problems.unprocessable("school_year_id", "the school year has no academic "
                                        + "periods: there is no year to promote from");
                            }
                            return areas.allOfSchool(schoolId).chain(schoolAreas -> groups.ofYear(schoolId,
                                    schoolYearId).chain(yearGroups -> decisions.ofYear(schoolId, schoolYearId)
                                    .chain(existing -> progress.total(yearGroups.size()).chain(() -> computeAll(
                                            rules, yearPeriods, schoolAreas, yearGroups, existing, progress)))));
                        }))
                        .chain(() -> decisions.ofYear(schoolId, schoolYearId)))));
    }

    /** The comisión's outcome for one student; 409 once the year's decisions are confirmed. */
    public Uni<PromotionDecision> decide(UUID id, PromotionChoice choice) {
        UUID schoolId = tenant.requireSchoolId();
        PromotionOutcome outcome = PromotionOutcome.valueOf(choice.outcome());
        return transactions.inSchool(schoolId, () -> decisions.findInSchool(schoolId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("promotion decision", id))
                .invoke(decision -> {
                    if (decision.isConfirmed()) {
                        throw Problems.conflict("promotion-confirmed", "the decision was confirmed on "
                                + decision.confirmedAt + "; it is final");
                    }
                    if (outcome != decision.computed && (choice.reason() == null || choice.reason().isBlank())) {
                        throw Problems.badRequest("reason", "an outcome other than the rule's ("
                                + decision.computed + ") needs the comisión's reason");
                    }
                    decision.decide(outcome, choice.reason() == null ? null : choice.reason().strip(), tenant.actor(),
                            UtcClock.now());
                })
                .call(decision -> decisions.flush()));
    }

    /** Confirms the year's decisions (the comisión's acta); none may still wait for a recovery. */
    public Uni<List<PromotionDecision>> confirm(UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> decisions.ofYear(schoolId, schoolYearId).chain(all -> {
            if (all.isEmpty()) {
                throw Problems.conflict("promotions-not-computed", "the school year has no promotion decisions; "
                        + "compute them first (POST /api/v1/promotions/computations)");
            }
            List<UUID> pending = all.stream().filter(d -> d.outcome == PromotionOutcome.pending_recovery)
                    .map(d -> d.studentId).toList();
            if (!pending.isEmpty()) {
                throw Problems.conflict("promotions-pending", pending.size() + " students still wait for their "
                        + "recovery (pending_recovery): decide promoted or not_promoted for each first; students "
                        + pending.subList(0, Math.min(5, pending.size())));
            }
            Instant now = UtcClock.now();
            all.stream().filter(d -> !d.isConfirmed()).forEach(d -> d.confirm(tenant.actor(), now));
            return decisions.flush().replaceWith(all);
        }));
    }

    private Uni<Void> computeAll(EvaluationRules rules, List<AcademicPeriod> yearPeriods, List<AcademicArea> schoolAreas,
                                 List<ClassGroup> yearGroups, List<PromotionDecision> existing, JobProgress progress) {
        Map<UUID, PromotionDecision> byStudent = existing.stream()
                .collect(Collectors.toMap(d -> d.studentId, Function.identity()));
        Map<UUID, AcademicArea> areaOf = schoolAreas.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<PromotionDecision> fresh = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Uni<Void> all = Uni.createFrom().voidItem();
        for (ClassGroup group : yearGroups) {
            all = all.chain(() -> memberships.ofGroup(group.schoolId, group.id, false)
                    .chain(members -> courseYears(group, rules, yearPeriods, members)
                            .chain(groupCourses -> subjects.inSchool(group.schoolId, groupCourses.stream()
                                            .map(c -> c.course().subjectId).toList())
                                    .invoke(groupSubjects -> members.forEach(member -> {
                                        seen.add(member.studentId);
                                        decide(rules, group, member, groupCourses, groupSubjects, areaOf, byStudent,
                                                fresh);
                                    }))))
                    .chain(() -> progress.advanced(1)));
        }
        List<PromotionDecision> gone = new ArrayList<>();
        return all.chain(() -> {
            existing.stream().filter(d -> !d.isConfirmed() && !seen.contains(d.studentId)).forEach(gone::add);
            // Panache refuses an empty batch
            return fresh.isEmpty() ? Uni.createFrom().voidItem() : decisions.persist(fresh);
        }).chain(() -> Multi.createFrom().iterable(gone).onItem().transformToUniAndConcatenate(decisions::delete)
                .collect().last()).chain(() -> decisions.flush());
    }

    private void decide(EvaluationRules rules, ClassGroup group, ClassGroupEnrollment member,
                        List<CourseYear> groupCourses, List<Subject> groupSubjects, Map<UUID, AcademicArea> areaOf,
                        Map<UUID, PromotionDecision> byStudent, List<PromotionDecision> fresh) {
        List<CourseOffering> offered = groupCourses.stream().map(CourseYear::course).toList();
        StudentGrades year = StudentGrades.of(member.studentId, group.id, rules, offered, groupSubjects,
                groupCourses.stream().map(CourseYear::grades).toList());
        List<PromotionDecision.FailedArea> failed = year.areas().stream()
                .filter(a -> a.year().value().compareTo(rules.passingGrade()) < 0)
                .map(a -> new PromotionDecision.FailedArea(a.areaId(), areaOf.get(a.areaId()).name, a.year().value()))
                .toList();
        boolean absences = groupCourses.stream().anyMatch(c -> c.absences().containsKey(member.studentId)
                && c.absences().get(member.studentId).reaches(rules.absenceThresholdPercent()));
        PromotionDecision decision = byStudent.computeIfAbsent(member.studentId, student -> {
            PromotionDecision created = new PromotionDecision();
            created.id = UuidV7.next();
            created.schoolId = group.schoolId;
            created.schoolYearId = group.schoolYearId;
            created.studentId = student;
            fresh.add(created);
            return created;
        });
        if (!decision.isConfirmed()) {
            decision.compute(group.id, group.gradeLevel, rules.promotion().decide(failed.size(), absences), failed,
                    absences, UtcClock.now());
        }
    }

    private Uni<List<CourseYear>> courseYears(ClassGroup group, EvaluationRules rules, List<AcademicPeriod> yearPeriods,
                                              List<ClassGroupEnrollment> members) {
        LocalDate from = yearPeriods.get(0).startsOn;
        LocalDate to = yearPeriods.get(yearPeriods.size() - 1).endsOn;
        return courses.ofGroup(group.schoolId, group.id).chain(groupCourses -> {
            Uni<List<CourseYear>> all = Uni.createFrom().item(new ArrayList<>());
            for (CourseOffering course : groupCourses) {
                all = all.chain(done -> grades.ofCourse(course, rules, yearPeriods, members)
                        .chain(computed -> attendance.classesHeld(course.schoolId, course.id, from, to)
                                .chain(held -> attendance.tallies(course.schoolId, course.id, from, to)
                                        .map(tallies -> {
                                            Map<UUID, AbsenceShare> shares = new HashMap<>();
                                            tallies.forEach(t -> shares.put(t.studentId(), AbsenceShare.of(t.absent(),
                                                    held, course.weeklyHours, from, to)));
                                            done.add(new CourseYear(course, computed, shares));
                                            return done;
                                        }))));
            }
            return all;
        });
    }
}
