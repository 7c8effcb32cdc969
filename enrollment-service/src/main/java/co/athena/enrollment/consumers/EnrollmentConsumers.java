package co.athena.enrollment.consumers;

import co.athena.enrollment.service.EnrollmentReactions;
import co.athena.enrollment.service.SimatSync;
import co.athena.persistence.events.Redelivery;
import co.athena.shared.events.DocumentsChecklistEvent;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.EventPayloads;
import co.athena.shared.events.StudentLifecycleEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The topics enrollment-service listens to, each in its own consumer group. A record that is not its
 * contract goes to the topic's dead-letter queue with the error in its headers; a passing failure
 * (database down, a racing write) is retried, so nothing is lost.
 */
@ApplicationScoped
public class EnrollmentConsumers {

    private final SimatSync simat;
    private final EnrollmentReactions reactions;
    private final ObjectMapper mapper;

    public EnrollmentConsumers(SimatSync simat, EnrollmentReactions reactions, ObjectMapper mapper) {
        this.simat = simat;
        this.reactions = reactions;
        this.mapper = EventPayloads.tolerant(mapper);
    }

    @Incoming("simat-sync")
    public Uni<Void> enrollmentStatusChanged(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, EnrollmentStatusChangedEvent.class,
                        e -> e.eventId() != null && e.schoolId() != null && e.enrollmentId() != null
                                && e.toStatus() != null && e.changedAt() != null))
                .chain(event -> Redelivery.retryTransient(simat.apply(event)));
    }

    @Incoming("documents-checklist")
    public Uni<Void> documentsChecklistChanged(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, DocumentsChecklistEvent.class,
                        e -> e.eventId() != null && e.schoolId() != null && e.enrollmentId() != null
                                && e.missingDocuments() != null))
                .chain(event -> Redelivery.retryTransient(reactions.checklistChanged(event)));
    }

    @Incoming("student-lifecycle")
    public Uni<Void> studentLifecycleChanged(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, StudentLifecycleEvent.class,
                        e -> e.eventId() != null && e.schoolId() != null && e.studentId() != null
                                && e.change() != null))
                .chain(event -> Redelivery.retryTransient(reactions.studentChanged(event)));
    }
}
