package co.athena.student.consumers;

import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.RosterChangedEvent;
import co.athena.shared.events.TeacherAssignmentEvent;
import co.athena.student.service.TeachingScope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** academic-service's assignments and rosters into the teachers' scope ({@link TeachingScope}). */
@ApplicationScoped
public class TeachingScopeConsumer {

    private final TeachingScope scope;
    private final EventConsumption consumption;

    public TeachingScopeConsumer(TeachingScope scope, EventConsumption consumption) {
        this.scope = scope;
        this.consumption = consumption;
    }

    @Incoming("teaching-assignments")
    public Uni<Void> assignment(String payload) {
        return consumption.react(payload, TeacherAssignmentEvent.class, scope::follow);
    }

    @Incoming("teaching-rosters")
    public Uni<Void> roster(String payload) {
        return consumption.react(payload, RosterChangedEvent.class, scope::follow);
    }
}
