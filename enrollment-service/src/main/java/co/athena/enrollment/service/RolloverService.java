package co.athena.enrollment.service;

import co.athena.enrollment.client.PromotionView;
import co.athena.enrollment.client.References;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.events.EnrollmentEvents;
import co.athena.enrollment.repository.EnrollmentRepository;
import co.athena.persistence.metrics.LongWork;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.jobs.JobProgress;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The year rollover: next year's enrollments from this year's confirmed promotions ({@link RolloverPlan}). What
 * other services own is asked first, with the caller's token (the years, the decisions, the groups, the students);
 * then one transaction creates every enrollment and graduation with its event, or none (a failure half-way leaves
 * nothing). A second run finds its students enrolled already and creates nothing.
 */
@ApplicationScoped
public class RolloverService {

    /** What the rollover reads before it writes. */
    private record Inputs(Map<UUID, PromotionView> decisions, Set<UUID> inactive) {
    }

    private final EnrollmentRepository enrollments;
    private final EnrollmentService flow;
    private final EnrollmentEvents events;
    private final References references;
    private final TenantTransactions transactions;
    private final TenantContext tenant;
    private final LongWork work;

    public RolloverService(EnrollmentRepository enrollments, EnrollmentService flow, EnrollmentEvents events,
                           References references, TenantTransactions transactions, TenantContext tenant,
                           LongWork work) {
        this.work = work;
        this.enrollments = enrollments;
        this.flow = flow;
        this.events = events;
        this.references = references;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /** Reads the caller's school, token and name now: as a job, the rest may run after the request has ended. */
    public Uni<RolloverReport> rollover(RolloverRequest request, JobProgress progress) {
        if (request.fromSchoolYearId().equals(request.toSchoolYearId())) {
            throw Problems.badRequest("to_school_year_id", "must be another school year than the one rolled from");
        }
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        String actor = tenant.actor();
        return work.timed(request.dryRun() ? "year_rollover_dry_run" : "year_rollover", () -> years(bearer, request)
                .chain(() -> references.promotions(bearer, request.fromSchoolYearId()))
                .call(decisions -> mappings(bearer, request))
                .chain(decisions -> transactions.inSchool(schoolId, () -> enrollments.ofYear(schoolId,
                                request.fromSchoolYearId(), EnrollmentStatus.active))
                        .chain(active -> {
                            List<UUID> undecided = RolloverPlan.undecided(active, decisions);
                            if (!undecided.isEmpty()) {
                                throw Problems.conflict("promotions-not-confirmed", undecided.size() + " students "
                                        + "active in the year have no confirmed promotion decision; the comisión "
                                        + "confirms them in academic-service first; students "
                                        + undecided.subList(0, Math.min(5, undecided.size())));
                            }
                            return references.students(bearer, active.stream().map(e -> e.studentId).toList())
                                    .map(found -> new Inputs(decisions, active.stream().map(e -> e.studentId)
                                            .filter(s -> found.get(s) == null || !found.get(s).isActive())
                                            .collect(Collectors.toSet())));
                        }))
                .chain(inputs -> transactions.inSchool(schoolId, () -> enrollments.ofYear(schoolId,
                                request.fromSchoolYearId(), EnrollmentStatus.active)
                        .chain(active -> enrollments.studentsOf(schoolId, request.toSchoolYearId())
                                .map(enrolled -> RolloverPlan.of(active, inputs.decisions(), new HashSet<>(enrolled),
                                        inputs.inactive(), request)))
                        .call(steps -> progress.total(steps.size()))
                        .chain(steps -> (request.dryRun() ? Uni.createFrom().item(Map.<UUID, UUID>of())
                                : apply(request, steps, actor, progress))
                                .call(created -> progress.advanced(steps.size() - created.size()))
                                .map(created -> report(request, steps, created))))));
    }

    /** Both years exist in the school; the next one takes enrollments (planning or active). */
    private Uni<Void> years(String bearer, RolloverRequest request) {
        return references.schoolYear(bearer, request.fromSchoolYearId())
                .chain(from -> references.schoolYear(bearer, request.toSchoolYearId()).invoke(to -> {
                    List<FieldError> problems = new ArrayList<>();
                    if (from.isEmpty()) {
                        problems.add(new FieldError("from_school_year_id", "no such school year in this school"));
                    }
                    if (to.isEmpty()) {
                        problems.add(new FieldError("to_school_year_id", "no such school year in this school"));
                    } else if (!to.get().takesEnrollments()) {
                        problems.add(new FieldError("to_school_year_id", "school year " + to.get().name() + " is "
                                + to.get().status() + "; only planning or active years take enrollments"));
                    }
                    if (!problems.isEmpty()) {
                        throw Problems.unprocessable(problems);
                    }
                })).replaceWithVoid();
    }

    private Uni<Void> mappings(String bearer, RolloverRequest request) {
        if (request.promotedGroups().isEmpty() && request.retainedGroups().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return references.classGroups(bearer, request.fromSchoolYearId())
                .chain(from -> references.classGroups(bearer, request.toSchoolYearId()).invoke(to -> {
                    List<FieldError> problems = RolloverPlan.mappingProblems(request, from, to);
                    if (!problems.isEmpty()) {
                        throw Problems.unprocessable(problems);
                    }
                })).replaceWithVoid();
    }

    /** Every step in the caller's transaction; the new enrollment of each student enrolled. */
    private Uni<Map<UUID, UUID>> apply(RolloverRequest request, List<RolloverPlan.Step> steps, String actor,
                                       JobProgress progress) {
        Instant now = UtcClock.now();
        List<Enrollment> created = new ArrayList<>();
        steps.stream().filter(s -> s.action().equals(RolloverReport.ENROLL))
                .forEach(s -> created.add(next(s, request.toSchoolYearId(), actor, now)));
        List<RolloverPlan.Step> graduations = steps.stream()
                .filter(s -> s.action().equals(RolloverReport.GRADUATE)).toList();
        Uni<Void> stored = created.isEmpty() ? Uni.createFrom().voidItem() : enrollments.persist(created);
        return stored.chain(enrollments::flush)
                .chain(() -> created.isEmpty() ? Uni.createFrom().voidItem() : events.created(created, actor, now))
                .chain(() -> progress.advanced(created.size()))
                .chain(() -> Multi.createFrom().iterable(graduations)
                        .onItem().transformToUniAndConcatenate(s -> flow.move(s.from(), EnrollmentStatus.graduated,
                                actor, "Promovido en el último grado: graduado", EnrollmentStatusChangedEvent.STAFF_DECISION))
                        .collect().last())
                .map(ignored -> created.stream().collect(Collectors.toMap(e -> e.studentId, e -> e.id)));
    }

    private static Enrollment next(RolloverPlan.Step step, UUID toYear, String actor, Instant now) {
        Enrollment e = new Enrollment();
        e.id = UuidV7.next();
        e.schoolId = step.from().schoolId;
        e.studentId = step.from().studentId;
        e.schoolYearId = toYear;
        e.gradeLevel = step.grade();
        e.groupCode = step.group();
        e.shift = step.from().shift;
        e.simatData = new java.util.LinkedHashMap<>(step.from().simatData);
        e.extraData = Map.of();
        e.createdAt = now;
        e.moveTo(EnrollmentStatus.pending_documents, actor, "Renovación de matrícula por promoción del año anterior",
                now);
        return e;
    }

    private static RolloverReport report(RolloverRequest request, List<RolloverPlan.Step> steps,
                                         Map<UUID, UUID> created) {
        return RolloverReport.of(request.fromSchoolYearId(), request.toSchoolYearId(), request.dryRun(),
                steps.stream().map(s -> new RolloverReport.Line(s.from().studentId, s.from().id, s.promotion(),
                        s.action(), s.grade(), s.group(), created.get(s.from().studentId), s.reason())).toList());
    }
}
