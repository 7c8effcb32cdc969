package co.athena.persistence.events;

import co.athena.persistence.TenantReads;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.SchoolEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Consumer idempotency: each consumer applies an event once. The record of it is written in the same
 * transaction as the effect, keyed by (consumer, event), so two consumers of one topic in one service
 * each apply it.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** On the pool as written; Hibernate's native queries number their parameters ?1, ?2. */
    private static final String FIRST_DELIVERY =
            "insert into processed_events (consumer, event_id) values ($1, $2) on conflict do nothing";

    private final TenantTransactions transactions;
    private final TenantReads pool;

    public ProcessedEvents(TenantTransactions transactions, TenantReads pool) {
        this.transactions = transactions;
        this.pool = pool;
    }

    /** Runs {@code effect} in the event's school, unless {@code consumer} already applied this event. */
    public Uni<Void> once(String consumer, SchoolEvent event, Supplier<Uni<Void>> effect) {
        return transactions.inSchool(event.schoolId(), () -> firstDelivery(consumer, event.eventId())
                .chain(first -> first ? effect.get() : Uni.createFrom().voidItem()));
    }

    /**
     * {@link #once} for an effect in SQL on the reactive pool, in the same transaction: a busy topic's consumer
     * without Hibernate's session and flush per event (the transition's events cost their two consumers more CPU
     * than the transition itself).
     */
    public Uni<Void> onceOnPool(String consumer, SchoolEvent event, Function<SqlConnection, Uni<?>> effect) {
        return pool.inSchool(event.schoolId(), connection -> connection.preparedQuery(FIRST_DELIVERY)
                .execute(Tuple.of(consumer, event.eventId()))
                .chain(rows -> rows.rowCount() == 1 ? effect.apply(connection).replaceWithVoid()
                        : Uni.createFrom().voidItem()));
    }

    private Uni<Boolean> firstDelivery(String consumer, UUID eventId) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery(FIRST_DELIVERY.replace('$', '?'))
                .setParameter(1, consumer).setParameter(2, eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
