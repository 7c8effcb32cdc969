package co.athena.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * SQL on the reactive pool, in a transaction bound to the school: the hottest list and search queries
 * (the rows go straight into records, without Hibernate's query translation and result processing,
 * which cost more CPU than PostgreSQL spends answering them) and small bookkeeping writes outside a
 * request's own transaction (idempotency keys). The tenant is set exactly as
 * {@link TenantTransactions} does, so row-level security applies the same way.
 * <p>
 * Cancelling the returned Uni does not abandon the connection: the pool finishes the transaction.
 */
@ApplicationScoped
public class TenantReads {

    private final Pool pool;

    public TenantReads(Pool pool) {
        this.pool = pool;
    }

    public <T> Uni<T> inSchool(UUID schoolId, Function<SqlConnection, Uni<T>> read) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("select set_config('app.school_id', $1, true)")
                .execute(Tuple.of(schoolId.toString()))
                .chain(() -> read.apply(connection)));
    }
}
