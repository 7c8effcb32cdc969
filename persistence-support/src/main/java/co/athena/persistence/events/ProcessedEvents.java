package co.athena.persistence.events;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Consumer idempotency: records an event id in the caller's transaction, once. */
@ApplicationScoped
public class ProcessedEvents {

    /** True the first time this event is seen; false for a redelivery (then apply nothing). */
    public Uni<Boolean> firstDelivery(UUID eventId, String consumer) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into processed_events (event_id, consumer) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, eventId).setParameter(2, consumer)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
