package co.athena.student.consumers;

import co.athena.persistence.events.Redelivery;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.events.EventPayloads;
import co.athena.student.service.EnrollmentHistoryService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code athena.enrollments.status-changed.v1} into the enrollment history. A record that is
 * not a valid event goes to the dead-letter topic (with the error in its headers) and consumption
 * goes on; a passing failure (the database down) is retried, so nothing is lost.
 */
@ApplicationScoped
public class EnrollmentStatusConsumer {

    private final EnrollmentHistoryService history;
    private final ObjectMapper mapper;

    public EnrollmentStatusConsumer(EnrollmentHistoryService history, ObjectMapper mapper) {
        this.history = history;
        this.mapper = EventPayloads.tolerant(mapper);
    }

    @Incoming("enrollment-status")
    public Uni<Void> consume(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, EnrollmentStatusChangedEvent.class,
                        e -> e.eventId() != null && e.schoolId() != null && e.studentId() != null
                                && e.enrollmentId() != null && e.toStatus() != null && e.changedAt() != null))
                .chain(event -> Redelivery.retryTransient(history.record(event)));
    }
}
