package co.athena.identity.consumers;

import co.athena.identity.service.KnownSchools;
import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.SchoolLifecycleEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code athena.schools.lifecycle.v1}: which schools exist and are active ({@link KnownSchools}). */
@ApplicationScoped
public class SchoolLifecycleConsumer {

    private final KnownSchools schools;
    private final EventConsumption consumption;

    public SchoolLifecycleConsumer(KnownSchools schools, EventConsumption consumption) {
        this.schools = schools;
        this.consumption = consumption;
    }

    @Incoming("school-lifecycle")
    public Uni<Void> consume(String payload) {
        return consumption.react(payload, SchoolLifecycleEvent.class, schools::follow);
    }
}
