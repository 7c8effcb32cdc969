package co.athena.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the database catalog to prove DESIGN §2's wall: every table with a {@code school_id} column,
 * in every schema, has row-level security enabled and forced, and no service role can bypass it. The one
 * allowance: a table no service role may touch at all need not be forced, so that its owner's SECURITY DEFINER
 * functions can read it for the transaction's school themselves (student-service's name search).
 */
public final class RowLevelSecurityCatalog {

    private RowLevelSecurityCatalog() {
    }

    /** Tenant tables ({@code schema.table}) not protected: not enabled, or not forced while a service role may use them. */
    public static List<String> unprotectedTenantTables() throws SQLException {
        return query("""
                select n.nspname || '.' || c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped
                where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
                  and not (c.relrowsecurity and (c.relforcerowsecurity or not exists (
                    select 1 from pg_roles r where r.rolname like '%\\_app'
                      and has_table_privilege(r.oid, c.oid, 'select, insert, update, delete, truncate, references'))))""");
    }

    public static List<String> tenantTables() throws SQLException {
        return query("""
                select n.nspname || '.' || c.relname
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'school_id' and not a.attisdropped
                where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')""");
    }

    /** Service roles (those named {@code *_app}) that are superusers, bypass RLS or own a table. */
    public static List<String> privilegedServiceRoles() throws SQLException {
        return query("""
                select r.rolname from pg_roles r
                where r.rolname like '%\\_app'
                  and (r.rolsuper or r.rolbypassrls
                       or exists (select 1 from pg_class c where c.relowner = r.oid))""");
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestDatabase.asAdmin(); ResultSet result = connection.createStatement().executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
