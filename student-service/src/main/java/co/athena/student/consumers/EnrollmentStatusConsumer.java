package co.athena.student.consumers;

import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.student.service.EnrollmentHistoryService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code athena.enrollments.status-changed.v1} into the enrollment history. */
@ApplicationScoped
public class EnrollmentStatusConsumer {

    private final EnrollmentHistoryService history;
    private final EventConsumption consumption;

    public EnrollmentStatusConsumer(EnrollmentHistoryService history, EventConsumption consumption) {
        this.history = history;
        this.consumption = consumption;
    }

    @Incoming("enrollment-status")
    public Uni<Void> consume(String payload) {
        return consumption.react(payload, EnrollmentStatusChangedEvent.class, history::record);
    }
}
