package co.athena.enrollment.service;

import co.athena.enrollment.domain.SimatStatus;
import co.athena.enrollment.repository.EnrollmentRepository;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns each status-change event into the novelty SIMAT must hear of next. */
@ApplicationScoped
public class SimatSync {

    static final String CONSUMER = "enrollment-service.simat-sync";

    private final EnrollmentRepository enrollments;
    private final ProcessedEvents processed;

    public SimatSync(EnrollmentRepository enrollments, ProcessedEvents processed) {
        this.enrollments = enrollments;
        this.processed = processed;
    }

    /** Idempotent twice over: by event id, and by enrollment version (an older event never overwrites a newer). */
    public Uni<Void> apply(EnrollmentStatusChangedEvent event) {
        SimatStatus novelty = SimatStatus.noveltyOf(event.fromStatus(), event.toStatus());
        if (novelty == null) {
            return Uni.createFrom().voidItem();
        }
        return processed.once(CONSUMER, event, () -> enrollments.markSimatPending(event.schoolId(), event.enrollmentId(),
                novelty, event.eventId(), event.changedAt(), event.enrollmentVersion()).replaceWithVoid());
    }
}
