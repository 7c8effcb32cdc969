package co.athena.academic.service;

import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ActivityScore;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationActivity;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.Grade;
import co.athena.academic.domain.GradeRules;
import co.athena.academic.repository.ActivityRepository;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.PeriodRepository;
import co.athena.academic.repository.ScoreRepository;
import co.athena.persistence.TenantTransactional;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Grades computed from the scores as they stand ({@link GradeRules}), so a changed score or evaluation system shows
 * at once: each student of a course, per period and for the year.
 */
@ApplicationScoped
public class GradeService {

    private final CourseScope scope;
    private final EvaluationSystems evaluation;
    private final PeriodRepository periods;
    private final ActivityRepository activities;
    private final ScoreRepository scores;
    private final ClassGroupEnrollmentRepository memberships;

    public GradeService(CourseScope scope, EvaluationSystems evaluation, PeriodRepository periods,
                        ActivityRepository activities, ScoreRepository scores,
                        ClassGroupEnrollmentRepository memberships) {
        this.scope = scope;
        this.evaluation = evaluation;
        this.periods = periods;
        this.activities = activities;
        this.scores = scores;
        this.memberships = memberships;
    }

    @TenantTransactional
    public Uni<CourseGrades> ofCourse(UUID courseId) {
        return scope.require(courseId).chain(course -> evaluation.rulesOf(course.schoolId, course.schoolYearId)
                .chain(rules -> periods.ofYear(course.schoolId, course.schoolYearId)
                        .chain(yearPeriods -> activities.ofCourse(course.schoolId, course.id, null)
                                .chain(courseActivities -> scores.currentOfCourse(course.schoolId, course.id)
                                        .chain(courseScores -> memberships.ofGroup(course.schoolId,
                                                        course.classGroupId, false)
                                                .map(roster -> grades(course, rules, yearPeriods, courseActivities,
                                                        courseScores, roster)))))));
    }

    private static CourseGrades grades(CourseOffering course, EvaluationRules rules, List<AcademicPeriod> yearPeriods,
                                       List<EvaluationActivity> courseActivities, List<ActivityScore> courseScores,
                                       List<ClassGroupEnrollment> roster) {
        Map<UUID, Map<UUID, BigDecimal>> byStudent = new HashMap<>();
        courseScores.forEach(s -> byStudent.computeIfAbsent(s.studentId, k -> new HashMap<>()).put(s.activityId, s.score));
        Map<Integer, BigDecimal> weights = GradeRules.periodWeights(rules,
                yearPeriods.stream().map(p -> p.number).toList());
        List<CourseGrades.StudentGrades> students = new ArrayList<>();
        for (ClassGroupEnrollment member : roster) {
            Map<UUID, BigDecimal> mine = byStudent.getOrDefault(member.studentId, Map.of());
            List<CourseGrades.PeriodGrade> perPeriod = new ArrayList<>();
            List<GradeRules.Weighted> toYear = new ArrayList<>();
            for (AcademicPeriod period : yearPeriods) {
                List<EvaluationActivity> of = courseActivities.stream().filter(a -> a.periodNumber == period.number)
                        .toList();
                Optional<Grade> grade = GradeRules.period(rules, of, mine);
                grade.ifPresent(g -> {
                    perPeriod.add(new CourseGrades.PeriodGrade(period.number, g));
                    toYear.add(new GradeRules.Weighted(g.value(), weights.getOrDefault(period.number,
                            BigDecimal.ZERO), g.pending()));
                });
            }
            students.add(new CourseGrades.StudentGrades(member.studentId, perPeriod,
                    GradeRules.combine(rules, toYear).orElse(null)));
        }
        return new CourseGrades(course.id, students);
    }
}
