package co.athena.enrollment.service;

import co.athena.enrollment.client.References;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.domain.SimatData;
import co.athena.enrollment.events.EnrollmentEvents;
import co.athena.enrollment.repository.EnrollmentMoves;
import co.athena.enrollment.repository.EnrollmentReads;
import co.athena.enrollment.repository.EnrollmentRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.Problems;
import co.athena.shared.simat.GradeLevel;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.simat.Shift;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Enrollments of the caller's school and their status flow. */
@ApplicationScoped
public class EnrollmentService {


    private final MergePatches patches;
    private final EnrollmentRepository enrollments;
    private final EnrollmentReads reads;
    private final EnrollmentMoves moves;
    private final EnrollmentEvents events;
    private final References references;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public EnrollmentService(MergePatches patches, EnrollmentRepository enrollments, EnrollmentReads reads,
                             EnrollmentMoves moves, EnrollmentEvents events, References references,
                             TenantTransactions transactions, TenantContext tenant) {
        this.patches = patches;
        this.enrollments = enrollments;
        this.reads = reads;
        this.moves = moves;
        this.events = events;
        this.references = references;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /** Checks the student and the year with their owners first; only then opens the transaction. */
    public Uni<Enrollment> create(EnrollmentRequest request) {
        requireGrade(request.gradeLevel());
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        String bearer = tenant.bearer();
        return references.requireEnrollable(bearer, request.studentId(), request.schoolYearId())
                .chain(() -> references.requireGroup(bearer, request.schoolYearId(), request.gradeLevel(),
                        GroupCode.normalized(request.groupCode())))
                .chain(() -> transactions.inSchool(schoolId, () -> {
                    Instant now = UtcClock.now();
                    Enrollment enrollment = new Enrollment();
                    enrollment.id = UuidV7.next();
                    enrollment.schoolId = schoolId;
                    enrollment.studentId = request.studentId();
                    enrollment.schoolYearId = request.schoolYearId();
                    enrollment.gradeLevel = request.gradeLevel();
                    enrollment.groupCode = GroupCode.normalized(request.groupCode());
                    enrollment.shift = Shift.valueOf(request.shift());
                    enrollment.simatData = SimatData.stored(request.simat());
                    enrollment.extraData = request.extraData() == null ? Map.of() : request.extraData();
                    enrollment.createdAt = now;
                    enrollment.moveTo(EnrollmentStatus.pending_documents, actor, Enrollment.CREATED_REASON, now);
                    return enrollments.persist(enrollment).chain(enrollments::flush)
                            .chain(() -> events.changed(enrollment, null, actor, EnrollmentStatusChangedEvent.CREATED, now))
                            .replaceWith(() -> enrollment);
                }));
    }

    /** In SQL on the pool (EnrollmentReads), in the school's own transaction. */
    public Uni<Page<Enrollment>> list(PageRequest page, UUID schoolYearId, String status, Integer gradeLevel,
                                      String groupCode) {
        EnrollmentReads.Filter filter = new EnrollmentReads.Filter(schoolYearId,
                status == null ? null : status(status, "status"), gradeLevel, GroupCode.normalized(groupCode));
        return reads.page(tenant.requireSchoolId(), page, filter)
                .map(rows -> Page.of(rows, page, e -> e.id));
    }

    /** In SQL on the pool, like the list. */
    public Uni<Enrollment> get(UUID id) {
        UUID school = tenant.requireSchoolId();
        return moves.inSchool(school, connection -> found(connection, school, id));
    }

    /**
     * A change of grade, group, shift or sede is announced (SIMAT must hear of it); other data alone is not. A new
     * grade or group is checked with academic-service's class groups before the transaction opens.
     */
    public Uni<Enrollment> update(UUID id, MergePatch<EnrollmentPatch> patch, ExpectedVersion expected) {
        if (patch.given().gradeLevel() != null) {
            requireGrade(patch.given().gradeLevel());
        }
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return transactions.inSchool(schoolId, () -> find(id)).chain(current -> {
            EnrollmentPatch changed = patches.apply(patch, EnrollmentPatch.of(current));
            String group = GroupCode.normalized(changed.groupCode());
            boolean moves = changed.gradeLevel() != current.gradeLevel || !Objects.equals(group, current.groupCode);
            return moves ? references.requireGroup(bearer, current.schoolYearId, changed.gradeLevel(), group)
                    : Uni.createFrom().voidItem();
        }).chain(() -> transactions.inSchool(schoolId, () -> changed(id, patch, expected)));
    }

    private Uni<Enrollment> changed(UUID id, MergePatch<EnrollmentPatch> patch, ExpectedVersion expected) {
        String actor = tenant.actor();
        return find(id).chain(enrollment -> {
            expected.check(enrollment.version, "enrollment " + id);
            if (enrollment.status.isClosed()) {
                throw Problems.conflict("enrollment-closed", "a " + enrollment.status + " enrollment cannot change");
            }
            EnrollmentPatch current = EnrollmentPatch.of(enrollment);
            EnrollmentPatch changed = patches.apply(patch, current);
            int grade = changed.gradeLevel();
            String group = GroupCode.normalized(changed.groupCode());
            Shift shift = Shift.valueOf(changed.shift());
            Map<String, Object> extraData = changed.extraData() == null ? Map.of() : changed.extraData();
            Map<String, Object> simatData = SimatData.stored(changed.simat());
            boolean placementChanged = grade != enrollment.gradeLevel || !Objects.equals(group, enrollment.groupCode)
                    || shift != enrollment.shift || !Objects.equals(simatData.get("sede"), enrollment.simatData.get("sede"));
            if (!placementChanged && extraData.equals(enrollment.extraData) && simatData.equals(enrollment.simatData)) {
                return Uni.createFrom().item(enrollment);
            }
            Instant now = UtcClock.now();
            enrollment.gradeLevel = grade;
            enrollment.groupCode = group;
            enrollment.shift = shift;
            enrollment.extraData = extraData;
            enrollment.simatData = simatData;
            enrollment.updatedAt = now;
            Uni<Void> flushed = enrollments.flush();
            if (placementChanged) {
                flushed = flushed.chain(() -> events.changed(enrollment, enrollment.status, actor,
                        EnrollmentStatusChangedEvent.PLACEMENT_CHANGED, now));
            }
            return flushed.replaceWith(() -> enrollment);
        });
    }

    /**
     * A step staff take. A withdrawal needs a reason; so does a re-admission, which also needs the student
     * active and the year taking enrollments (asked of their services before the transaction opens).
     */
    public Uni<Enrollment> transition(UUID id, TransitionRequest request, ExpectedVersion expected) {
        EnrollmentStatus target = status(request.to(), "to");
        boolean reasoned = request.reason() != null && !request.reason().isBlank();
        if (target == EnrollmentStatus.withdrawn && !reasoned) {
            throw Problems.badRequest("reason", "a withdrawal needs a reason");
        }
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        String bearer = tenant.bearer();
        Uni<Void> readmissionAllowed = target != EnrollmentStatus.pending_documents ? Uni.createFrom().voidItem()
                : moves.inSchool(schoolId, connection -> found(connection, schoolId, id)).chain(enrollment -> {
                    if (!enrollment.status.isReadmission(target)) {
                        return Uni.createFrom().voidItem();
                    }
                    if (!reasoned) {
                        throw Problems.badRequest("reason", "a re-admission needs a reason");
                    }
                    return references.requireEnrollable(bearer, enrollment.studentId, enrollment.schoolYearId);
                });
        return readmissionAllowed.chain(() -> moves.inSchool(schoolId, connection -> found(connection, schoolId, id)
                .chain(enrollment -> {
                    expected.check(enrollment.version, "enrollment " + id);
                    requireAllowed(enrollment, target);
                    EnrollmentStatus from = enrollment.status;
                    long versionRead = enrollment.version;
                    Instant now = UtcClock.now();
                    enrollment.moveTo(target, actor, request.reason(), now);
                    enrollment.version = versionRead + 1;
                    return events.changedWith(connection, EnrollmentMoves.MOVE, EnrollmentMoves.move(enrollment, versionRead),
                            enrollment, from, actor, EnrollmentStatusChangedEvent.STAFF_DECISION, now).map(moved -> {
                        if (!moved) {
                            // a concurrent step moved the version between this read and the write
                            throw Problems.preconditionFailed("enrollment " + id);
                        }
                        return enrollment;
                    });
                })));
    }

    /**
     * One step of the flow, inside the caller's transaction: the history entry, the new version and the
     * event commit together. A concurrent step on the same enrollment fails its version check instead
     * of overwriting this one's history.
     */
    Uni<Enrollment> move(Enrollment enrollment, EnrollmentStatus target, String actor, String reason, String reasonCode) {
        requireAllowed(enrollment, target);
        EnrollmentStatus from = enrollment.status;
        Instant now = UtcClock.now();
        enrollment.moveTo(target, actor, reason, now);
        return enrollments.flush().chain(() -> events.changed(enrollment, from, actor, reasonCode, now))
                .replaceWith(enrollment);
    }

    private static void requireAllowed(Enrollment enrollment, EnrollmentStatus target) {
        if (!enrollment.status.canMoveTo(target)) {
            throw Problems.invalidTransition("enrollment", enrollment.status, target, enrollment.status.allowedNext());
        }
    }

    private Uni<Enrollment> found(SqlConnection connection, UUID school, UUID id) {
        return moves.find(connection, school, id).onItem().ifNull().failWith(() -> Problems.notFound("enrollment", id));
    }

    private Uni<Enrollment> find(UUID id) {
        return enrollments.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("enrollment", id));
    }

    private static void requireGrade(int grade) {
        if (!GradeLevel.isValid(grade)) {
            throw Problems.badRequest("grade_level", "must be a SIMAT grade: " + GradeLevel.ALLOWED);
        }
    }


    private static EnrollmentStatus status(String value, String field) {
        try {
            return EnrollmentStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(field, "must be one of " + Arrays.toString(EnrollmentStatus.values()));
        }
    }
}
