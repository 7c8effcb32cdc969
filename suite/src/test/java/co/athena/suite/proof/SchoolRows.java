package co.athena.suite.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A fingerprint of everything one school has in the database: per table with a {@code school_id},
 * the count and a hash of its rows. Outbox and processed-event bookkeeping, which the relays and
 * consumers update on their own, and jobs, which say how long work went (not what it changed), are left out.
 */
final class SchoolRows {

    private final String url;
    private final Properties credentials = new Properties();

    SchoolRows(Path home, int portOffset) {
        Properties env = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve("run/infra.env"))) {
            env.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        url = "jdbc:postgresql://127.0.0.1:" + env.getProperty("ATHENA_DB_PORT") + "/" + env.getProperty("ATHENA_DB_NAME");
        credentials.setProperty("user", env.getProperty("ATHENA_DB_MIGRATOR_USER"));
        credentials.setProperty("password", System.getenv().getOrDefault("ATHENA_DB_MIGRATOR_PASSWORD", "athena"));
    }

    Map<String, String> of(UUID school) {
        Map<String, String> fingerprint = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(url, credentials)) {
            try (PreparedStatement tenant = db.prepareStatement("select set_config('app.school_id', ?, false)")) {
                tenant.setString(1, school.toString());
                tenant.execute();
            }
            for (String table : tablesWithSchool(db)) {
                try (PreparedStatement rows = db.prepareStatement("select count(*), md5(coalesce(string_agg(t::text, '|' "
                        + "order by t::text), '')) from " + table + " t where school_id = ?")) {
                    rows.setObject(1, school);
                    try (ResultSet r = rows.executeQuery()) {
                        r.next();
                        fingerprint.put(table, r.getLong(1) + " rows, " + r.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fingerprint;
    }

    private static List<String> tablesWithSchool(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("""
                select c.table_schema || '.' || c.table_name from information_schema.columns c
                join information_schema.tables t using (table_schema, table_name)
                where c.column_name = 'school_id' and t.table_type = 'BASE TABLE'
                  and c.table_schema not in ('pg_catalog', 'information_schema')
                  and c.table_name not in ('outbox', 'processed_events', 'jobs')
                order by 1""");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        return tables;
    }
}
