package co.athena.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place that opens a transaction on tenant data: it first sets {@code app.school_id} for
 * this transaction only ({@code set_config(..., true)}), which the row-level security policies read.
 * A transaction that skipped it sees and changes nothing.
 */
@ApplicationScoped
public class TenantTransactions {

    public <T> Uni<T> inSchool(UUID schoolId, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> Panache.getSession()
                // HQL, not a native query: Hibernate caches native query plans under a fresh key each call
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('set_config', 'app.school_id', :school, true) as String)", String.class)
                        .setParameter("school", schoolId.toString())
                        .getSingleResult())
                .chain(ignored -> work.get()));
    }

    /** Bound to the school when there is one; a platform call (superadmin, no school) sees no tenant rows. */
    public <T> Uni<T> inSchoolIfAny(Optional<UUID> schoolId, Supplier<Uni<T>> work) {
        return schoolId.map(id -> inSchool(id, work)).orElseGet(() -> Panache.withTransaction(work));
    }
}
