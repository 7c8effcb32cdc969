package co.athena.academic.service;

import co.athena.academic.domain.RecoveryResult;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.RecoveryRepository;
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
 * Recovery results (superación, nivelación) per student and course: each its own record, never over the grades it
 * recovers, by the course's teacher or staff who see every course, for a period that has begun (or the year).
 */
@ApplicationScoped
public class RecoveryService {

    private final RecoveryRepository recoveries;
    private final ClassGroupEnrollmentRepository memberships;
    private final CourseScope scope;
    private final AcademicPeriods periods;
    private final EvaluationSystems evaluation;
    private final TenantContext tenant;

    public RecoveryService(RecoveryRepository recoveries, ClassGroupEnrollmentRepository memberships,
                           CourseScope scope, AcademicPeriods periods, EvaluationSystems evaluation,
                           TenantContext tenant) {
        this.recoveries = recoveries;
        this.memberships = memberships;
        this.scope = scope;
        this.periods = periods;
        this.evaluation = evaluation;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<RecoveryResult> record(UUID courseId, RecoveryRequest request) {
        UUID schoolId = tenant.requireSchoolId();
        return scope.require(courseId).chain(course -> {
            Uni<Void> period = request.period() == null ? Uni.createFrom().voidItem()
                    : periods.numbered(schoolId, course.schoolYearId, request.period(), "period").invoke(p -> {
                        if (!p.takesScores() && !p.isOver()) {
                            throw Problems.conflict("period-not-begun", p.describe() + "; nothing to recover yet");
                        }
                    }).replaceWithVoid();
            return period.chain(() -> evaluation.rulesOf(schoolId, course.schoolYearId)).invoke(rules -> {
                        String outside = rules.scale().outside(request.score());
                        if (outside != null) {
                            throw Problems.unprocessable("score", outside);
                        }
                    })
                    .chain(() -> memberships.wasIn(schoolId, course.classGroupId, request.studentId()))
                    .chain(was -> {
                        if (!was) {
                            throw Problems.unprocessable("student_id", "never on the course's roster");
                        }
                        RecoveryResult result = new RecoveryResult();
                        result.id = UuidV7.next();
                        result.schoolId = schoolId;
                        result.courseOfferingId = course.id;
                        result.studentId = request.studentId();
                        result.periodNumber = request.period();
                        result.kind = request.kind();
                        result.score = request.score();
                        result.note = request.note();
                        result.recordedBy = tenant.actor();
                        result.recordedAt = UtcClock.now();
                        return recoveries.persist(result).chain(recoveries::flush).replaceWith(result);
                    });
        });
    }

    @TenantTransactional
    public Uni<List<RecoveryResult>> ofCourse(UUID courseId, UUID studentId) {
        return scope.require(courseId).chain(course -> recoveries.ofCourse(course.schoolId, course.id, studentId));
    }
}
