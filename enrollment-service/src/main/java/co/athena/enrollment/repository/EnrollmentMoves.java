package co.athena.enrollment.repository;

import co.athena.persistence.Rows;
import co.athena.enrollment.domain.Enrollment;
import co.athena.persistence.TenantReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Function;

/**
 * A status change in SQL on the reactive pool, in the school's transaction: read the enrollment, then one
 * statement that appends the history entry in SQL (the array is not rewritten), moves the version only if it
 * is still the one read, and (through the outbox) writes the event. The fewest round trips the guarantees
 * allow; the statements are public so bench/run's pgbench twin is built from them.
 */
@ApplicationScoped
public class EnrollmentMoves {

    public static final String FIND = EnrollmentReads.COLUMNS + " where school_id = $1 and id = $2";
    /** $4 is a JSON array holding the one new history entry. */
    public static final String MOVE = "update enrollments set status = $3, "
            + "status_history = status_history || cast(cast($4 as text) as jsonb), updated_at = $5, "
            + "version = version + 1 where school_id = $1 and id = $2 and version = $6";

    private final TenantReads reads;

    public EnrollmentMoves(TenantReads reads) {
        this.reads = reads;
    }

    public <T> Uni<T> inSchool(UUID school, Function<SqlConnection, Uni<T>> work) {
        return reads.inSchool(school, work);
    }

    /** The enrollment, or null when the school has none with this id. */
    public Uni<Enrollment> find(SqlConnection connection, UUID school, UUID id) {
        return connection.preparedQuery(FIND).execute(Tuple.of(school, id))
                .map(rows -> rows.size() == 0 ? null : EnrollmentReads.enrollment(rows.iterator().next()));
    }

    /** {@link #MOVE}'s parameters for an enrollment moved in memory ({@link Enrollment#moveTo}) from the version read. */
    public static Tuple move(Enrollment moved, long versionRead) {
        return Tuple.of(moved.schoolId, moved.id, moved.status.name(), moved.latestHistoryEntry(),
                Rows.timestamptz(moved.updatedAt), versionRead);
    }
}
