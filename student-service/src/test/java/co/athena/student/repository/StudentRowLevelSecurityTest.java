package co.athena.student.repository;

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
class StudentRowLevelSecurityTest {

    @Test
    void everyStudentTableSitsBehindRowLevelSecurity() throws Exception {
        assertTrue(RowLevelSecurityCatalog.tenantTables().containsAll(List.of("student.students", "student.guardians",
                "student.student_guardians", "student.enrollment_history", "student.student_access_log")));
        assertEquals(List.of(), RowLevelSecurityCatalog.unprotectedTenantTables());
        assertEquals(List.of(), RowLevelSecurityCatalog.privilegedServiceRoles());
        try (Connection app = TestDatabase.asRole("student_app");
             ResultSet rows = app.createStatement().executeQuery("select count(*) from student.students")) {
            rows.next();
            assertEquals(0, rows.getLong(1));
        }
    }

    /** The names' copy sits outside the forced wall so that students_named can read it: the service's role cannot. */
    @Test
    void theServiceRoleReadsTheNamesCopyOnlyThroughStudentsNamed() throws Exception {
        try (Connection app = TestDatabase.asRole("student_app")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> app.createStatement().executeQuery("select count(*) from student.student_names"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void theAccessLogIsAppendOnly() throws Exception {
        try (Connection app = TestDatabase.asRole("student_app")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> app.createStatement().executeUpdate("delete from student.student_access_log"));
            assertEquals("42501", refused.getSQLState());
        }
    }
}
