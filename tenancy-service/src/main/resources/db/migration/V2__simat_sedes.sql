-- A school's sedes are now a list with their CONS_SEDE and DANE codes (simat_settings.sedes); the old
-- sede number (1 to 3 digits) was never a CONS_SEDE, so it goes, and the export asks for the sedes instead.
-- Every school's row changes, so the owner steps outside row-level security for this one statement.
ALTER TABLE school_settings NO FORCE ROW LEVEL SECURITY;
UPDATE school_settings SET simat_settings = simat_settings - 'sede_code' WHERE simat_settings ? 'sede_code';
ALTER TABLE school_settings FORCE ROW LEVEL SECURITY;
