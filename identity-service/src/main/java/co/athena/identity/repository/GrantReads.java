package co.athena.identity.repository;

import co.athena.persistence.TenantReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * The token exchange's read of a user's standing in a school, on the pool: its transaction, tenant and
 * read leave in one round trip. {@link UserRepository#grantIn} is the same read inside a Hibernate
 * transaction, for the writes it authorizes.
 */
@ApplicationScoped
public class GrantReads {

    /** The statement the exchange sends (bench/run's pgbench twin sends it too). */
    public static final String GRANT_IN = "select * from access_grant($1, $2)";

    private final TenantReads reads;

    public GrantReads(TenantReads reads) {
        this.reads = reads;
    }

    /**
     * {@code whileHeld} gets the grant (null when the user does not exist) while the transaction still holds the
     * user's access lock: whatever it decides is decided before any access change of the user can take effect.
     */
    public <T> Uni<T> grantIn(UUID user, UUID school, Function<Grant, T> whileHeld) {
        return reads.inSchool(school, connection -> connection.preparedQuery(GRANT_IN).execute(Tuple.of(user, school))
                .map(rows -> whileHeld.apply(rows.size() == 0 ? null : grant(rows.iterator().next()))));
    }

    private static Grant grant(Row row) {
        return Grant.of(row.getBoolean(0), row.getBoolean(1), row.getString(2), row.getBoolean(3), row.getBoolean(4),
                row.getArrayOfStrings(5));
    }
}
