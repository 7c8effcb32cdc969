package co.athena.academic.service;

import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.EvaluationActivity;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.repository.ActivityRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * A course's evaluation activities, per academic period: made by the course's teacher (or staff who see every
 * course) while the period has not closed, in one of the year's dimensions when its evaluation system has them.
 */
@ApplicationScoped
public class ActivityService {

    private final ActivityRepository activities;
    private final CourseScope scope;
    private final AcademicPeriods periods;
    private final EvaluationSystems evaluation;
    private final TenantContext tenant;

    public ActivityService(ActivityRepository activities, CourseScope scope, AcademicPeriods periods,
                           EvaluationSystems evaluation, TenantContext tenant) {
        this.activities = activities;
        this.scope = scope;
        this.periods = periods;
        this.evaluation = evaluation;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<EvaluationActivity> create(UUID courseId, ActivityRequest request) {
        UUID schoolId = tenant.requireSchoolId();
        return scope.require(courseId).chain(course -> periods.numbered(schoolId, course.schoolYearId,
                        request.period(), "period")
                .invoke(period -> {
                    if (period.isOver()) {
                        throw Problems.conflict("period-over", period.describe() + "; its activities stand as they are");
                    }
                })
                .chain(period -> evaluation.rulesOf(schoolId, course.schoolYearId))
                .chain(rules -> {
                    EvaluationActivity activity = new EvaluationActivity();
                    activity.id = UuidV7.next();
                    activity.schoolId = schoolId;
                    activity.courseOfferingId = course.id;
                    activity.periodNumber = request.period();
                    activity.type = request.type();
                    activity.title = request.title().trim();
                    activity.weight = request.weight();
                    activity.dimension = dimension(rules, request.dimension());
                    activity.dueOn = request.dueOn();
                    activity.createdBy = tenant.actor();
                    activity.createdAt = UtcClock.now();
                    activity.updatedAt = activity.createdAt;
                    return activities.persist(activity).chain(activities::flush).replaceWith(activity);
                }));
    }

    @TenantTransactional
    public Uni<List<EvaluationActivity>> ofCourse(UUID courseId, Integer period) {
        return scope.require(courseId).chain(course -> activities.ofCourse(course.schoolId, course.id, period));
    }

    /** The activity, if the caller may act on its course (403). */
    @TenantTransactional
    public Uni<EvaluationActivity> get(UUID id) {
        return found(id).call(activity -> scope.require(activity.courseOfferingId));
    }

    /** The activity of the caller's school, or a 404. */
    Uni<EvaluationActivity> found(UUID id) {
        return activities.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("evaluation activity", id));
    }

    /** The year's dimension the activity belongs to: required when the year has dimensions, refused when not. */
    private static String dimension(EvaluationRules rules, String requested) {
        List<String> names = rules.dimensions() == null ? List.of()
                : rules.dimensions().stream().map(d -> d.name().trim().toLowerCase()).toList();
        if (names.isEmpty()) {
            if (requested != null) {
                throw Problems.unprocessable("dimension", "the year's evaluation system has no dimensions");
            }
            return null;
        }
        String name = requested == null ? null : requested.trim().toLowerCase();
        if (!names.contains(name)) {
            throw Problems.unprocessable("dimension", "must be one of the year's dimensions: " + names);
        }
        return name;
    }

    static AcademicPeriod requireOpen(AcademicPeriod period) {
        if (!period.takesScores()) {
            throw Problems.conflict("period-not-open", period.describe() + "; scores change only while it is open");
        }
        return period;
    }
}
