package co.athena.academic.consumers;

import co.athena.academic.service.Rosters;
import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code athena.enrollments.status-changed.v1}: rosters follow enrollments ({@link Rosters}). */
@ApplicationScoped
public class EnrollmentConsumer {

    private final Rosters rosters;
    private final EventConsumption consumption;

    public EnrollmentConsumer(Rosters rosters, EventConsumption consumption) {
        this.rosters = rosters;
        this.consumption = consumption;
    }

    @Incoming("enrollments")
    public Uni<Void> consume(String payload) {
        return consumption.react(payload, EnrollmentStatusChangedEvent.class, rosters::follow);
    }
}
