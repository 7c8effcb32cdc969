package co.athena.identity.repository;

import co.athena.testing.RowLevelSecurityCatalog;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class IdentityRowLevelSecurityTest {

    @Test
    void membershipsAndTheAuditLogSitBehindRowLevelSecurity() throws Exception {
        assertTrue(RowLevelSecurityCatalog.tenantTables().containsAll(
                List.of("identity.school_memberships", "identity.membership_audit")));
        assertEquals(List.of(), RowLevelSecurityCatalog.unprotectedTenantTables());
        assertEquals(List.of(), RowLevelSecurityCatalog.privilegedServiceRoles());
        try (Connection app = TestDatabase.asRole("identity_app");
             ResultSet rows = app.createStatement().executeQuery("select count(*) from identity.school_memberships")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "no tenant set: no rows");
        }
    }

    @Test
    void theAuditLogIsAppendOnlyForTheService() throws Exception {
        try (Connection app = TestDatabase.asRole("identity_app")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> app.createStatement().executeUpdate("delete from identity.membership_audit"));
            assertEquals("42501", refused.getSQLState());
            refused = assertThrows(SQLException.class,
                    () -> app.createStatement().executeUpdate("update identity.membership_audit set actor = 'x'"));
            assertEquals("42501", refused.getSQLState());
        }
    }
}
