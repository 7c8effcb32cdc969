package co.athena.academic.service;

import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.EnrollmentPlacement;
import co.athena.academic.domain.RosterEntry;
import co.athena.academic.events.AcademicEvents;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.PlacementRepository;
import co.athena.academic.repository.RosterReads;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.Problems;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Rosters follow enrollments: an active enrollment joins the class group of its year whose code is its group code
 * (and so every course of that group), a group change moves it, anything else (withdrawn, graduated, back to
 * documents) ends its membership, kept with its dates. An enrollment whose code no group has waits, listed, until
 * such a group is created. Idempotent twice over: by event id, and by enrollment version. Every membership change
 * is announced ({@link AcademicEvents}).
 */
@ApplicationScoped
public class Rosters {

    static final String CONSUMER = "academic-service.rosters";

    private final PlacementRepository placements;
    private final ClassGroupRepository groups;
    private final ClassGroupEnrollmentRepository memberships;
    private final RosterReads rosterReads;
    private final ProcessedEvents processed;
    private final AcademicEvents events;
    private final TenantContext tenant;

    public Rosters(PlacementRepository placements, ClassGroupRepository groups,
                   ClassGroupEnrollmentRepository memberships, RosterReads rosterReads,
                   ProcessedEvents processed, AcademicEvents events, TenantContext tenant) {
        this.placements = placements;
        this.groups = groups;
        this.memberships = memberships;
        this.rosterReads = rosterReads;
        this.processed = processed;
        this.events = events;
        this.tenant = tenant;
    }

    public Uni<Void> follow(EnrollmentStatusChangedEvent event) {
        return processed.once(CONSUMER, event, () -> placements.findInSchool(event.schoolId(), event.enrollmentId())
                .chain(known -> {
                    if (known != null && known.enrollmentVersion >= event.enrollmentVersion()) {
                        return Uni.createFrom().voidItem(); // an older or repeated change
                    }
                    EnrollmentPlacement placement = known != null ? known : new EnrollmentPlacement();
                    placement.enrollmentId = event.enrollmentId();
                    placement.schoolId = event.schoolId();
                    placement.studentId = event.studentId();
                    placement.schoolYearId = event.schoolYearId();
                    placement.gradeLevel = event.gradeLevel();
                    placement.groupCode = GroupCode.normalized(event.groupCode());
                    placement.status = event.toStatus();
                    placement.enrollmentVersion = event.enrollmentVersion();
                    placement.updatedAt = UtcClock.now();
                    Uni<ClassGroup> target = placement.isActive() && placement.groupCode != null
                            ? groups.byCode(event.schoolId(), event.schoolYearId(), placement.groupCode)
                            : Uni.createFrom().nullItem();
                    LocalDate on = UtcClock.schoolDay(event.changedAt());
                    return target.chain(group -> {
                        placement.classGroupId = group == null ? null : group.id;
                        Uni<Void> saved = known == null ? placements.persist(placement).replaceWithVoid()
                                : Uni.createFrom().voidItem();
                        return saved.chain(() -> place(placement, on)).chain(placements::flush);
                    });
                }));
    }

    @TenantTransactional
    public Uni<List<RosterEntry>> ofGroup(UUID classGroupId, boolean withPast) {
        UUID schoolId = tenant.requireSchoolId();
        return groups.findInSchool(schoolId, classGroupId)
                .onItem().ifNull().failWith(() -> Problems.notFound("class group", classGroupId))
                .chain(group -> memberships.ofGroup(schoolId, group.id, withPast))
                .map(members -> members.stream().map(ClassGroupEnrollment::entry).toList());
    }

    /** A course's students now: those of its group. */
    public Uni<List<RosterEntry>> ofCourse(UUID courseId) {
        return rosterReads.ofCourse(tenant.requireSchoolId(), courseId)
                .onItem().ifNull().failWith(() -> Problems.notFound("course offering", courseId));
    }

    @TenantTransactional
    public Uni<Page<EnrollmentPlacement>> unplaced(PageRequest page, UUID schoolYearId) {
        return placements.unplaced(tenant.requireSchoolId(), page, schoolYearId)
                .map(rows -> Page.of(rows, page, p -> p.enrollmentId));
    }

    /** The enrollments that waited for a new group's code join it from today. */
    public Uni<Void> placeWaiting(ClassGroup group) {
        LocalDate today = UtcClock.today();
        return placements.waitingFor(group.schoolId, group.schoolYearId, group.code).chain(waiting -> {
            waiting.forEach(placement -> placement.classGroupId = group.id);
            return join(waiting, today);
        });
    }

    private Uni<Void> join(List<EnrollmentPlacement> waiting, LocalDate on) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (EnrollmentPlacement placement : waiting) {
            chain = chain.chain(() -> place(placement, on));
        }
        return chain.chain(placements::flush);
    }

    /** Ends the open membership unless it is in the placement's group, and opens one there if there is none. */
    private Uni<Void> place(EnrollmentPlacement placement, LocalDate on) {
        Instant now = UtcClock.now();
        return memberships.openOf(placement.schoolId, placement.enrollmentId).chain(open -> {
            if (open != null && Objects.equals(open.classGroupId, placement.classGroupId)) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> ended = Uni.createFrom().voidItem();
            if (open != null) {
                // still active: moved to another group (one not created yet waits, listed as unplaced)
                open.end(on, placement.isActive() ? ClassGroupEnrollment.MOVED : placement.status, now);
                // ended first: the one-open-per-enrollment index must see it closed
                ended = memberships.flush().chain(() -> events.roster(open));
            }
            if (placement.classGroupId == null) {
                return ended;
            }
            ClassGroupEnrollment joined = new ClassGroupEnrollment();
            joined.id = UuidV7.next();
            joined.schoolId = placement.schoolId;
            joined.classGroupId = placement.classGroupId;
            joined.enrollmentId = placement.enrollmentId;
            joined.studentId = placement.studentId;
            joined.startsOn = on;
            joined.createdAt = now;
            joined.updatedAt = now;
            return ended.chain(() -> memberships.persist(joined)).chain(() -> events.roster(joined));
        });
    }
}
