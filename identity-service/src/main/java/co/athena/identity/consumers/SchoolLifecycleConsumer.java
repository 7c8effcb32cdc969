package co.athena.identity.consumers;

import co.athena.identity.service.KnownSchools;
import co.athena.persistence.events.Redelivery;
import co.athena.shared.events.EventPayloads;
import co.athena.shared.events.SchoolLifecycleEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows tenancy's school lifecycle ({@link KnownSchools}). A record that is not a school event goes to
 * the dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class SchoolLifecycleConsumer {

    private final KnownSchools schools;
    private final ObjectMapper mapper;

    public SchoolLifecycleConsumer(KnownSchools schools, ObjectMapper mapper) {
        this.schools = schools;
        this.mapper = EventPayloads.tolerant(mapper);
    }

    @Incoming("school-lifecycle")
    public Uni<Void> consume(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, SchoolLifecycleEvent.class,
                        e -> e.schoolId() != null && e.name() != null))
                .chain(event -> Redelivery.retryTransient(schools.follow(event)));
    }
}
