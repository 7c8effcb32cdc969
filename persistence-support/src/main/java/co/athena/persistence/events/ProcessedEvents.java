package co.athena.persistence.events;

import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.SchoolEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Consumer idempotency: each consumer applies an event once. The record of it is written in the same
 * transaction as the effect, keyed by (consumer, event), so two consumers of one topic in one service
 * each apply it.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final TenantTransactions transactions;

    public ProcessedEvents(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code effect} in the event's school, unless {@code consumer} already applied this event. */
    public Uni<Void> once(String consumer, SchoolEvent event, Supplier<Uni<Void>> effect) {
        return transactions.inSchool(event.schoolId(), () -> firstDelivery(consumer, event.eventId())
                .chain(first -> first ? effect.get() : Uni.createFrom().voidItem()));
    }

    private Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into processed_events (consumer, event_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, consumer).setParameter(2, eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
