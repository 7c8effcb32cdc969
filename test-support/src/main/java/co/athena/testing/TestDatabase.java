package co.athena.testing;

import co.athena.infra.PostgresEndpoint;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC connections to this run's database, to check what the API did (or did not) write. */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** As the cluster administrator (superuser), which bypasses row-level security: the ground truth. */
    public static Connection asAdmin() throws SQLException {
        PostgresEndpoint admin = AthenaTestInfrastructure.infrastructure().postgres();
        PostgresEndpoint db = AthenaTestInfrastructure.database();
        return DriverManager.getConnection(db.jdbcUrl(), admin.adminUser(), admin.adminPassword());
    }

    /** As a service's runtime role, exactly as the service connects. */
    public static Connection asRole(String role) throws SQLException {
        return DriverManager.getConnection(AthenaTestInfrastructure.database().jdbcUrl(), role,
                AthenaTestInfrastructure.APP_PASSWORD);
    }

    /** Changes rows behind the service's back, for what no API does (e.g. an invitation's time running out). */
    public static int update(String sql, Object... args) throws SQLException {
        try (Connection connection = asAdmin(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement.executeUpdate();
        }
    }

    public static long count(String sql, Object... args) throws SQLException {
        try (Connection connection = asAdmin(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
