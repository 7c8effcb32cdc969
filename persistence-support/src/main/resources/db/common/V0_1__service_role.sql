-- The service's runtime role: it logs in, uses only its own schema, owns nothing and cannot bypass
-- row-level security. The migrator (who runs this) owns the schema and every table in it.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${app_role}') THEN
    CREATE ROLE ${app_role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${app_password}';
  ELSE
    ALTER ROLE ${app_role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD '${app_password}';
  END IF;
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${app_role}', current_database());
END
$$;

REVOKE ALL ON SCHEMA ${flyway:defaultSchema} FROM PUBLIC;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA ${flyway:defaultSchema}
  GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
ALTER ROLE ${app_role} SET search_path = ${flyway:defaultSchema};

-- The tenant of the current transaction, as set by the service (set_config('app.school_id', ..., true)).
-- NULL when unset, so a forgotten tenant matches no row.
CREATE FUNCTION ${flyway:defaultSchema}.current_school_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.school_id', true), '')::uuid $$;
