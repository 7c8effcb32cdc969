package co.athena.academic.service;

import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ActivityScore;
import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationActivity;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.Grade;
import co.athena.academic.domain.GradeRules;
import co.athena.academic.domain.RecoveryResult;
import co.athena.academic.domain.Subject;
import co.athena.academic.repository.ActivityRepository;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.CourseOfferingRepository;
import co.athena.academic.repository.PeriodRepository;
import co.athena.academic.repository.RecoveryRepository;
import co.athena.academic.repository.ScoreRepository;
import co.athena.academic.repository.SubjectRepository;
import co.athena.academic.repository.TeacherAssignmentRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Grades computed from the scores as they stand ({@link GradeRules}), so a changed score or evaluation system shows
 * at once: each student of a course, per period and for the year; a group's students × courses and areas; one
 * student's courses and areas.
 */
@ApplicationScoped
public class GradeService {

    private final CourseScope scope;
    private final EvaluationSystems evaluation;
    private final PeriodRepository periods;
    private final ActivityRepository activities;
    private final ScoreRepository scores;
    private final ClassGroupEnrollmentRepository memberships;
    private final ClassGroupRepository groups;
    private final CourseOfferingRepository courses;
    private final SubjectRepository subjects;
    private final TeacherAssignmentRepository assignments;
    private final RecoveryRepository recoveries;
    private final TenantContext tenant;

    public GradeService(CourseScope scope, EvaluationSystems evaluation, PeriodRepository periods,
                        ActivityRepository activities, ScoreRepository scores,
                        ClassGroupEnrollmentRepository memberships, ClassGroupRepository groups,
                        CourseOfferingRepository courses, SubjectRepository subjects,
                        TeacherAssignmentRepository assignments, RecoveryRepository recoveries, TenantContext tenant) {
        this.scope = scope;
        this.evaluation = evaluation;
        this.periods = periods;
        this.activities = activities;
        this.scores = scores;
        this.memberships = memberships;
        this.groups = groups;
        this.courses = courses;
        this.subjects = subjects;
        this.assignments = assignments;
        this.recoveries = recoveries;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<CourseGrades> ofCourse(UUID courseId) {
        return scope.require(courseId).chain(course -> evaluation.rulesOf(course.schoolId, course.schoolYearId)
                .chain(rules -> periods.ofYear(course.schoolId, course.schoolYearId)
                        .chain(yearPeriods -> memberships.ofGroup(course.schoolId, course.classGroupId, false)
                                .chain(roster -> ofCourse(course, rules, yearPeriods, roster)))));
    }

    /**
     * A group's grades (the sábana): each student × each course, and each area (its courses weighted by weekly
     * hours), for a period or, without one, for the year so far. For staff who see every course and the group's
     * director.
     */
    @TenantTransactional
    public Uni<GroupGrades> ofGroup(UUID groupId, Integer period) {
        UUID schoolId = tenant.requireSchoolId();
        return groups.findInSchool(schoolId, groupId)
                .onItem().ifNull().failWith(() -> Problems.notFound("class group", groupId))
                .map(scope::requireWholeGroup)
                .chain(group -> evaluation.rulesOf(schoolId, group.schoolYearId)
                        .chain(rules -> periods.ofYear(schoolId, group.schoolYearId)
                                .chain(yearPeriods -> memberships.ofGroup(schoolId, group.id, false)
                                        .chain(roster -> courses.ofGroup(schoolId, group.id)
                                                .chain(groupCourses -> subjects.inSchool(schoolId, groupCourses.stream()
                                                                .map(c -> c.subjectId).toList())
                                                        .chain(groupSubjects -> sheet(group.id, period, rules,
                                                                yearPeriods, roster, groupCourses, groupSubjects)))))));
    }

    /**
     * A student's grades in a school year: each course of their group (the latest of the year), per period and for
     * the year, and each area's year grade. Staff who see every course and the group's director read every course;
     * a teacher only the courses they teach (none: 404, as for a student they do not teach).
     */
    @TenantTransactional
    public Uni<StudentGrades> ofStudent(UUID studentId, UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        return memberships.latestInYear(schoolId, schoolYearId, studentId)
                .onItem().ifNull().failWith(() -> Problems.notFound("student in school year", studentId))
                .chain(membership -> groups.findInSchool(schoolId, membership.classGroupId)
                        .chain(group -> courses.ofGroup(schoolId, group.id)
                                .chain(groupCourses -> visible(group, groupCourses, studentId))
                                .chain(visible -> evaluation.rulesOf(schoolId, schoolYearId)
                                        .chain(rules -> periods.ofYear(schoolId, schoolYearId)
                                                .chain(yearPeriods -> subjects.inSchool(schoolId, visible.stream()
                                                                .map(c -> c.subjectId).toList())
                                                        .chain(visibleSubjects -> all(visible, rules, yearPeriods,
                                                                List.of(membership))
                                                                .map(perCourse -> StudentGrades.of(studentId,
                                                                        group.id, rules, visible, visibleSubjects,
                                                                        perCourse))))))));
    }

    /** The group's courses the caller may read: all for staff and the director; a teacher's own, at least one. */
    private Uni<List<CourseOffering>> visible(ClassGroup group, List<CourseOffering> groupCourses, UUID studentId) {
        if (scope.seesWholeGroup(group)) {
            return Uni.createFrom().item(groupCourses);
        }
        UUID teacher = tenant.actorId().orElse(null);
        return assignments.openOfTeacher(group.schoolId, teacher, groupCourses.stream().map(c -> c.id).toList())
                .map(taught -> {
                    List<CourseOffering> mine = groupCourses.stream().filter(c -> taught.contains(c.id)).toList();
                    if (mine.isEmpty()) {
                        throw Problems.notFound("student in school year", studentId);
                    }
                    return mine;
                });
    }

    private Uni<List<CourseGrades>> all(List<CourseOffering> of, EvaluationRules rules,
                                        List<AcademicPeriod> yearPeriods, List<ClassGroupEnrollment> roster) {
        Uni<List<CourseGrades>> all = Uni.createFrom().item(new ArrayList<>());
        for (CourseOffering course : of) {
            all = all.chain(done -> ofCourse(course, rules, yearPeriods, roster).map(grades -> {
                done.add(grades);
                return done;
            }));
        }
        return all;
    }

    private Uni<GroupGrades> sheet(UUID groupId, Integer period, EvaluationRules rules, List<AcademicPeriod> yearPeriods,
                                   List<ClassGroupEnrollment> roster, List<CourseOffering> groupCourses,
                                   List<Subject> groupSubjects) {
        Map<UUID, UUID> areaOf = groupSubjects.stream().collect(Collectors.toMap(s -> s.id, s -> s.areaId));
        return all(groupCourses, rules, yearPeriods, roster)
                .map(perCourse -> GroupGrades.of(groupId, period, rules, groupCourses, areaOf, roster, perCourse));
    }

    /** The course's grades for these students, as the scores and recoveries stand (report cards build on it). */
    Uni<CourseGrades> ofCourse(CourseOffering course, EvaluationRules rules, List<AcademicPeriod> yearPeriods,
                               List<ClassGroupEnrollment> roster) {
        return activities.ofCourse(course.schoolId, course.id, null)
                .chain(courseActivities -> scores.currentOfCourse(course.schoolId, course.id)
                        .chain(courseScores -> recoveries.ofCourse(course.schoolId, course.id, null)
                                .map(courseRecoveries -> grades(course, rules, yearPeriods, courseActivities,
                                        courseScores, courseRecoveries, roster))));
    }

    private static Grade recovery(EvaluationRules rules, Grade computed, BigDecimal recovery) {
        return recovery == null ? computed : GradeRules.recovered(rules, computed, recovery);
    }

    private static CourseGrades grades(CourseOffering course, EvaluationRules rules, List<AcademicPeriod> yearPeriods,
                                       List<EvaluationActivity> courseActivities, List<ActivityScore> courseScores,
                                       List<RecoveryResult> courseRecoveries, List<ClassGroupEnrollment> roster) {
        Map<UUID, Map<UUID, BigDecimal>> byStudent = new HashMap<>();
        courseScores.forEach(s -> byStudent.computeIfAbsent(s.studentId, k -> new HashMap<>()).put(s.activityId, s.score));
        // the latest recovery of each student and period (0: the year), oldest first so the latest stays
        Map<UUID, Map<Integer, BigDecimal>> recovered = new HashMap<>();
        courseRecoveries.forEach(r -> recovered.computeIfAbsent(r.studentId, k -> new HashMap<>())
                .put(r.periodNumber == null ? 0 : r.periodNumber, r.score));
        Map<Integer, BigDecimal> weights = GradeRules.periodWeights(rules,
                yearPeriods.stream().map(p -> p.number).toList());
        List<CourseGrades.StudentGrades> students = new ArrayList<>();
        for (ClassGroupEnrollment member : roster) {
            Map<UUID, BigDecimal> mine = byStudent.getOrDefault(member.studentId, Map.of());
            Map<Integer, BigDecimal> recoveries = recovered.getOrDefault(member.studentId, Map.of());
            List<CourseGrades.PeriodGrade> perPeriod = new ArrayList<>();
            List<GradeRules.Weighted> toYear = new ArrayList<>();
            for (AcademicPeriod period : yearPeriods) {
                List<EvaluationActivity> of = courseActivities.stream().filter(a -> a.periodNumber == period.number)
                        .toList();
                Optional<Grade> computed = GradeRules.period(rules, of, mine);
                computed.ifPresent(c -> {
                    Grade g = recovery(rules, c, recoveries.get(period.number));
                    perPeriod.add(new CourseGrades.PeriodGrade(period.number, g, g == c ? null : c));
                    toYear.add(new GradeRules.Weighted(g.value(), weights.getOrDefault(period.number,
                            BigDecimal.ZERO), g.pending()));
                });
            }
            Grade year = GradeRules.combine(rules, toYear).orElse(null);
            Grade yearRecovered = year == null ? null : recovery(rules, year, recoveries.get(0));
            students.add(new CourseGrades.StudentGrades(member.studentId, perPeriod, yearRecovered,
                    yearRecovered == year ? null : year));
        }
        return new CourseGrades(course.id, students);
    }
}
