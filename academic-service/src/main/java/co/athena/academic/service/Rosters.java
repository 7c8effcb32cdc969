package co.athena.academic.service;

import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.EnrollmentPlacement;
import co.athena.academic.domain.RosterChange;
import co.athena.academic.domain.RosterEntry;
import co.athena.academic.events.AcademicEvents;
import co.athena.academic.repository.ClassGroupEnrollmentRepository;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.PlacementRepository;
import co.athena.academic.repository.PlacementWrites;
import co.athena.academic.repository.RosterReads;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.Problems;
import co.athena.shared.simat.GroupCode;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
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
    private final PlacementWrites placementWrites;
    private final ClassGroupRepository groups;
    private final ClassGroupEnrollmentRepository memberships;
    private final RosterReads rosterReads;
    private final ProcessedEvents processed;
    private final AcademicEvents events;
    private final TenantContext tenant;

    public Rosters(PlacementRepository placements, PlacementWrites placementWrites, ClassGroupRepository groups,
                   ClassGroupEnrollmentRepository memberships, RosterReads rosterReads,
                   ProcessedEvents processed, AcademicEvents events, TenantContext tenant) {
        this.placements = placements;
        this.placementWrites = placementWrites;
        this.groups = groups;
        this.memberships = memberships;
        this.rosterReads = rosterReads;
        this.processed = processed;
        this.events = events;
        this.tenant = tenant;
    }

    /** In SQL on the pool ({@link PlacementWrites}): an event per enrollment change, the service's busiest write. */
    public Uni<Void> follow(EnrollmentStatusChangedEvent event) {
        LocalDate on = UtcClock.schoolDay(event.changedAt());
        return processed.onceOnPool(CONSUMER, event, connection -> placementWrites.place(connection, placement(event))
                .chain(placed -> {
                    if (placed == null) {
                        return Uni.createFrom().voidItem(); // an older or repeated change
                    }
                    EnrollmentPlacement placement = placed.placement();
                    RosterChange change = RosterChange.of(placed.open(), placement, on, placement.updatedAt);
                    // ended first: the one-open-per-enrollment index must see it closed
                    Uni<Void> ended = change.ended() == null ? Uni.createFrom().voidItem()
                            : events.rosterWith(connection, PlacementWrites.END, PlacementWrites.ending(change.ended()),
                            change.ended());
                    return change.joined() == null ? ended : ended.chain(() -> events.rosterWith(connection,
                            PlacementWrites.JOIN, PlacementWrites.joining(change.joined()), change.joined()));
                }));
    }

    private static EnrollmentPlacement placement(EnrollmentStatusChangedEvent event) {
        EnrollmentPlacement placement = new EnrollmentPlacement();
        placement.enrollmentId = event.enrollmentId();
        placement.schoolId = event.schoolId();
        placement.studentId = event.studentId();
        placement.schoolYearId = event.schoolYearId();
        placement.gradeLevel = event.gradeLevel();
        placement.groupCode = GroupCode.normalized(event.groupCode());
        placement.status = event.toStatus();
        placement.enrollmentVersion = event.enrollmentVersion();
        placement.updatedAt = UtcClock.now();
        return placement;
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

    private Uni<Void> place(EnrollmentPlacement placement, LocalDate on) {
        return memberships.openOf(placement.schoolId, placement.enrollmentId).chain(open -> {
            RosterChange change = RosterChange.of(open, placement, on, UtcClock.now());
            // ended first: the one-open-per-enrollment index must see it closed
            Uni<Void> ended = change.ended() == null ? Uni.createFrom().voidItem()
                    : memberships.flush().chain(() -> events.roster(change.ended()));
            ClassGroupEnrollment joined = change.joined();
            return joined == null ? ended
                    : ended.chain(() -> memberships.persist(joined)).chain(() -> events.roster(joined));
        });
    }
}
