package co.athena.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Opens the Hibernate Reactive transactions ({@link TenantTransactional} methods come here too;
 * {@link TenantReads} does the same for SQL reads on the pool). Hand-written: no library binds a
 * tenant to a transaction. On tenant data it first sets
 * {@code app.school_id} for this transaction only ({@code set_config(..., true)}), which the
 * row-level security policies read: a transaction that skipped it sees and changes nothing.
 * <p>
 * Every transaction runs to its end even when the HTTP client goes away: cancelling it half-way
 * would close the Hibernate Reactive session inside a live transaction, and the pool never gets
 * that connection back (twenty disconnects and the service hangs).
 */
@ApplicationScoped
public class TenantTransactions {

    public <T> Uni<T> inSchool(UUID schoolId, Supplier<Uni<T>> work) {
        return uncancellable(Panache.withTransaction(() -> Panache.getSession()
                // HQL, not a native query: Hibernate caches native query plans under a fresh key each call
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('set_config', 'app.school_id', :school, true) as String)", String.class)
                        .setParameter("school", schoolId.toString())
                        .getSingleResult())
                .chain(ignored -> work.get())));
    }

    /** Platform data (no tenant rows): schools, users. */
    public <T> Uni<T> onPlatform(Supplier<Uni<T>> work) {
        return uncancellable(Panache.withTransaction(work));
    }

    /** Bound to the school when there is one; a platform call (superadmin, no school) sees no tenant rows. */
    public <T> Uni<T> inSchoolIfAny(Optional<UUID> schoolId, Supplier<Uni<T>> work) {
        return schoolId.map(id -> inSchool(id, work)).orElseGet(() -> onPlatform(work));
    }

    /**
     * Subscribes once and finishes whatever the subscriber does; a cancelled caller just gets nothing. Also for work
     * of many transactions that must not stop half-way when its HTTP client goes (a period's publication).
     */
    public static <T> Uni<T> uncancellable(Uni<T> work) {
        return Uni.createFrom().emitter(emitter -> work.subscribe().with(emitter::complete, emitter::fail));
    }
}
