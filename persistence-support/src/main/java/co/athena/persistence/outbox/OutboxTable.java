package co.athena.persistence.outbox;

import org.postgresql.PGConnection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The schema's outbox table on the leader's own connection (autocommit): reads, marks, cleans, waits. */
final class OutboxTable implements UnsentRows {

    private static final String SELECT_UNSENT = """
            select id, event_id, topic, message_key, event_type, subject, payload::text, occurred_at, trace_context::text
            from outbox where sent_at is null and id > ? order by id limit ?""";

    private final Connection connection;
    private final String channel;

    OutboxTable(Connection connection, String schema) {
        this.connection = connection;
        this.channel = channel(schema);
    }

    private static String channel(String schema) {
        return "outbox_" + schema;
    }

    /** Ends the leader's {@link #awaitNotification} at once, from any connection. */
    static void wake(Connection connection, String schema) throws SQLException {
        try (Statement notify = connection.createStatement()) {
            notify.execute("NOTIFY \"" + channel(schema) + "\"");
        }
    }

    /** Commits of outbox rows NOTIFY this channel (the migration's trigger). */
    void listen() throws SQLException {
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN \"" + channel + "\"");
        }
    }

    void awaitNotification(Duration atMost) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications((int) atMost.toMillis());
    }

    @Override
    public List<OutboxRow> after(long id, int limit) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
            select.setLong(1, id);
            select.setInt(2, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getObject(8, OffsetDateTime.class), result.getString(9)));
                }
            }
        }
        return rows;
    }

    @Override
    public void markSent(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update outbox set sent_at = now() where id = any(?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    void deleteSentBefore(Duration age) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from outbox where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, age.toSeconds());
            delete.executeUpdate();
        }
    }
}
