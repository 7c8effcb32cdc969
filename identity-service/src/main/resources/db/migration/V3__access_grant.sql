-- A user's standing in a school, as the token exchange and every identity write's authorization read it: whether the
-- user is active (and superadmin), whether the school is known and active, and the membership's roles. It first
-- takes the user's access lock shared, until the transaction ends, so a token issued or a write authorized under
-- this access cannot slip past an access change, which takes that lock exclusively. The read is a statement of its
-- own after the lock: each statement of a volatile function takes a new snapshot, so an exchange that waited for an
-- access change reads what the change left, not what was there when the exchange began (its token would otherwise
-- carry the old access with an issue time after the change, which no service would refuse).
-- An advisory lock, not FOR SHARE: concurrent exchanges of one user would turn a row lock into a multixact each time
-- (a third of the throughput, measured). PL/pgSQL keeps its statements' plans for the session, where a SQL function
-- plans both at every call (twice the exchange's database CPU, measured). SECURITY INVOKER: the membership is read
-- under row-level security.
CREATE FUNCTION access_grant(member uuid, school uuid)
  RETURNS TABLE (user_active boolean, superadmin boolean, email text, school_active boolean, membership_active boolean,
                 roles text[])
  LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('identity.access'), hashtext(member::text));
  RETURN QUERY
    SELECT u.is_active, u.is_superadmin, u.email, s.is_active, m.is_active, m.roles
    FROM ${flyway:defaultSchema}.users u
    LEFT JOIN ${flyway:defaultSchema}.schools s ON s.id = school
    LEFT JOIN ${flyway:defaultSchema}.school_memberships m ON m.user_id = u.id AND m.school_id = school
    WHERE u.id = member;
END
$$;
REVOKE EXECUTE ON FUNCTION access_grant(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION access_grant(uuid, uuid) TO ${app_role};
