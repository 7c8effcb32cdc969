package co.athena.academic.repository;

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
class AcademicRowLevelSecurityTest {

    @Test
    void everyAcademicTableSitsBehindRowLevelSecurity() throws Exception {
        assertTrue(RowLevelSecurityCatalog.tenantTables().containsAll(List.of("academic.academic_areas",
                "academic.subject_catalog", "academic.class_groups", "academic.study_plans",
                "academic.study_plan_subjects", "academic.course_offerings")));
        assertEquals(List.of(), RowLevelSecurityCatalog.unprotectedTenantTables());
        assertEquals(List.of(), RowLevelSecurityCatalog.privilegedServiceRoles());
        // a transaction that did not name its school sees nothing, even with rows present
        try (Connection admin = TestDatabase.asAdmin()) {
            admin.createStatement().executeUpdate("""
                    insert into academic.academic_areas (id, school_id, code, name)
                    values (gen_random_uuid(), gen_random_uuid(), 'RLS', 'Área')""");
        }
        assertTrue(TestDatabase.count("select count(*) from academic.academic_areas") > 0);
        try (Connection app = TestDatabase.asRole("academic_app");
             ResultSet rows = app.createStatement().executeQuery("select count(*) from academic.academic_areas")) {
            rows.next();
            assertEquals(0, rows.getLong(1));
        }
    }

    @Test
    void theReportCardQueueIsReadAcrossSchoolsOnlyByTheBuilder() throws Exception {
        try (Connection admin = TestDatabase.asAdmin()) {
            admin.createStatement().executeUpdate("""
                    insert into academic.report_card_builds (period_id, school_id, requested_at)
                    values (gen_random_uuid(), gen_random_uuid(), now())""");
        }
        try (Connection app = TestDatabase.asRole("academic_app")) {
            app.setAutoCommit(false);
            assertEquals(0, queued(app), "a transaction that named no school sees no request");
            app.createStatement().execute("select set_config('app.job', 'report-card-builder', true)");
            assertTrue(queued(app) > 0, "the builder sees every school's requests");
            app.rollback();
        }
    }

    private static long queued(Connection app) throws Exception {
        try (ResultSet rows = app.createStatement().executeQuery("select count(*) from academic.report_card_builds")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
