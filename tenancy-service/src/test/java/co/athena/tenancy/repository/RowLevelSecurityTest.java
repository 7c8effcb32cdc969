package co.athena.tenancy.repository;

import co.athena.testing.RowLevelSecurityCatalog;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database's own wall, checked as the service's runtime role connects: tenancy_app. */
@QuarkusTest
class RowLevelSecurityTest {

    private static final String ROLE = "tenancy_app";

    @Test
    void withoutATenantTheServiceRoleSeesNoRows() throws Exception {
        UUID school = school("Colegio RLS");
        year(school);
        assertTrue(TestDatabase.count("select count(*) from tenancy.school_years") > 0);
        try (Connection app = TestDatabase.asRole(ROLE)) {
            assertEquals(0, count(app, "select count(*) from tenancy.school_years"));
            assertEquals(0, count(app, "select count(*) from tenancy.school_settings"));
            assertEquals(0, count(app, "select count(*) from tenancy.academic_periods"));
        }
    }

    @Test
    void withATenantTheServiceRoleSeesAndWritesOnlyThatSchool() throws Exception {
        UUID a = school("Colegio RLS A");
        UUID b = school("Colegio RLS B");
        year(a);
        year(b);
        try (Connection app = TestDatabase.asRole(ROLE)) {
            app.setAutoCommit(false);
            try (PreparedStatement tenant = app.prepareStatement("select set_config('app.school_id', ?, true)")) {
                tenant.setString(1, a.toString());
                tenant.execute();
            }
            assertEquals(1, count(app, "select count(*) from tenancy.school_years"));
            assertEquals(0, count(app, "select count(*) from tenancy.school_years where school_id = '" + b + "'"));
            SQLException refused = assertThrows(SQLException.class, () -> app.createStatement().executeUpdate(
                    "insert into tenancy.school_years (id, school_id, name, starts_on, ends_on) values (gen_random_uuid(), '"
                            + b + "', 'Intruso', '2030-01-01', '2030-02-01')"));
            assertEquals("42501", refused.getSQLState(), "row-level security refuses writing another school's row");
            app.rollback();
        }
        assertEquals(0, TestDatabase.count("select count(*) from tenancy.school_years where name = 'Intruso'"));
    }

    @Test
    void everyTenantTableInEverySchemaIsProtected() throws Exception {
        List<String> tenantTables = RowLevelSecurityCatalog.tenantTables();
        assertTrue(tenantTables.containsAll(List.of("tenancy.school_years", "tenancy.academic_periods",
                "tenancy.school_settings")), tenantTables.toString());
        assertEquals(List.of(), RowLevelSecurityCatalog.unprotectedTenantTables());
        assertEquals(List.of(), RowLevelSecurityCatalog.privilegedServiceRoles());
    }

    @Test
    void theServiceRoleCannotReachOtherSchemasOrDisableTheWall() throws Exception {
        try (Connection app = TestDatabase.asRole(ROLE)) {
            assertThrows(SQLException.class, () -> app.createStatement()
                    .execute("alter table tenancy.school_years disable row level security"));
            assertFalse(hasPrivilege(app, "select has_schema_privilege('public', 'CREATE')"));
        }
    }

    private static boolean hasPrivilege(Connection connection, String sql) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static UUID school(String name) {
        return UUID.fromString(RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.superadmin())
                .body(Map.of("name", name)).post("/api/v1/schools").then().statusCode(201).extract().path("id"));
    }

    private static void year(UUID school) {
        RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.forSchool(school, "rector"))
                .body(Map.of("name", "2027", "starts_on", "2027-01-25", "ends_on", "2027-11-30"))
                .post("/api/v1/school-years").then().statusCode(201);
    }
}
