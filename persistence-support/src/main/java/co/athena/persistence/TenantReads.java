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
 * The transaction's start, the tenant and the work's first statement leave in one round trip: the
 * connection pipelines them, and runs them in that order. Whatever the work does with its results
 * happens before the commit, while the transaction's locks are held. Written by hand because the
 * pool's {@code withTransaction} waits for each of them in turn (two round trips more per request).
 * <p>
 * Cancelling the returned Uni does not abandon the connection: the pool finishes the transaction,
 * and a connection given back with its transaction open rolls it back.
 */
@ApplicationScoped
public class TenantReads {

    private final Pool pool;

    public TenantReads(Pool pool) {
        this.pool = pool;
    }

    public <T> Uni<T> inSchool(UUID schoolId, Function<SqlConnection, Uni<T>> work) {
        return pool.withConnection(connection -> Uni.combine().all()
                .unis(connection.begin(),
                        connection.preparedQuery("select set_config('app.school_id', $1, true)")
                                .execute(Tuple.of(schoolId.toString())),
                        work.apply(connection))
                .asTuple()
                .chain(done -> done.getItem1().commit().replaceWith(done.getItem3())));
    }
}
