package co.athena.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the Athena database and its migrator role. The migrator owns the database, runs every
 * service's Flyway scripts and creates each service's own runtime role there (which owns nothing).
 */
public final class AthenaDatabase {

    public static final String MIGRATOR = "athena_migrator";

    private AthenaDatabase() {
    }

    /** Idempotent: an existing role keeps its objects and gets the given password. */
    public static PostgresEndpoint provision(PostgresEndpoint admin, String database, String migratorPassword) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.adminUser(),
                admin.adminPassword()); Statement statement = connection.createStatement()) {
            String password = migratorPassword.replace("'", "''");
            if (exists(connection, "select 1 from pg_roles where rolname = ?", MIGRATOR)) {
                statement.execute("alter role " + MIGRATOR + " with login createrole password '" + password + "'");
            } else {
                statement.execute("create role " + MIGRATOR + " with login createrole password '" + password + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + MIGRATOR + " encoding 'UTF8' template template0");
            }
            return new PostgresEndpoint(admin.host(), admin.port(), database, MIGRATOR, migratorPassword);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision database " + database + " at " + admin.jdbcUrl(), e);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
