-- Puts a tenant table behind the database's own wall (DESIGN §2): row-level security enabled and
-- forced (the owner too), rows visible and writable only for the transaction's school.
CREATE FUNCTION protect_tenant_table(t regclass) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', t);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', t);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (school_id = current_school_id()) '
                 'WITH CHECK (school_id = current_school_id())', t);
END
$$;
REVOKE EXECUTE ON FUNCTION protect_tenant_table(regclass) FROM PUBLIC;
