package co.athena.persistence.outbox;

import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** One relay per service leads: the instance whose connection holds the schema's session advisory lock. */
final class RelayLeadership {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private final String schema;

    RelayLeadership(String schema) {
        this.schema = schema;
    }

    boolean tryLead(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_try_advisory_lock(hashtext('athena-outbox'), hashtext(?))")) {
            lock.setString(1, schema);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /**
     * The pool keeps the connection open after close(), and with it the session's advisory lock and
     * LISTEN: without this, a relay that failed once (Kafka away) would find the lock held by its own
     * idle pooled connection and never lead again. A broken connection took both with its session.
     */
    void stepDown(Connection connection) {
        try (Statement release = connection.createStatement()) {
            release.execute("UNLISTEN *");
            release.execute("select pg_advisory_unlock_all()");
        } catch (SQLException brokenConnection) {
            LOG.debugf("leadership released with the session: %s", brokenConnection.getMessage());
        }
    }
}
