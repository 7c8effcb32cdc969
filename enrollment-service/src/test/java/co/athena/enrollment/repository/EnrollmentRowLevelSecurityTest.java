package co.athena.enrollment.repository;

import co.athena.testing.RowLevelSecurityCatalog;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EnrollmentRowLevelSecurityTest {

    @Test
    void everyEnrollmentTableSitsBehindRowLevelSecurity() throws Exception {
        assertTrue(RowLevelSecurityCatalog.tenantTables().containsAll(List.of("enrollment.enrollments",
                "enrollment.simat_exports", "enrollment.simat_export_items")));
        assertEquals(List.of(), RowLevelSecurityCatalog.unprotectedTenantTables());
        assertEquals(List.of(), RowLevelSecurityCatalog.privilegedServiceRoles());
        // a transaction that did not name its school sees nothing, even with rows present
        try (Connection admin = TestDatabase.asAdmin()) {
            admin.createStatement().executeUpdate("""
                    insert into enrollment.enrollments (id, school_id, student_id, school_year_id, grade_level, shift)
                    values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 6, 'morning')""");
        }
        assertTrue(TestDatabase.count("select count(*) from enrollment.enrollments") > 0);
        try (Connection app = TestDatabase.asRole("enrollment_app");
             ResultSet rows = app.createStatement().executeQuery("select count(*) from enrollment.enrollments")) {
            rows.next();
            assertEquals(0, rows.getLong(1));
        }
    }
}
