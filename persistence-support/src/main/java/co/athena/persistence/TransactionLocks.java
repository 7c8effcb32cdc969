package co.athena.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Serializes work on one thing (a document slot, a consent form, a school year's exports) until the
 * current transaction ends: a PostgreSQL advisory lock on a key that names it.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    public static Uni<Void> lock(String key) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select cast(pg_advisory_xact_lock(hashtextextended(?1, 0)) as text)", String.class)
                .setParameter(1, key).getSingleResult()).replaceWithVoid();
    }
}
