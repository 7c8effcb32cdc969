-- SIMAT's enrollment columns (sede, new, repeating, origin, methodology, character, specialty, contracted place),
-- what SIMAT last heard of each enrollment, and which kind of file an export is.
ALTER TABLE enrollments
  ADD COLUMN simat_data     jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(simat_data) = 'object'),
  -- {status, grade_level, group_code, shift, sede} as the last confirmed file told SIMAT; null: never told
  ADD COLUMN simat_reported jsonb CHECK (simat_reported IS NULL OR jsonb_typeof(simat_reported) = 'object');

-- anexo_6a: new students to register; novelties: the worklist of withdrawals, changes, graduations, re-admissions
ALTER TABLE simat_exports
  ADD COLUMN kind text NOT NULL DEFAULT 'anexo_6a' CHECK (kind IN ('anexo_6a', 'novelties'));
-- the placement the file told SIMAT, kept on the enrollment when the export is confirmed
ALTER TABLE simat_export_items ADD COLUMN reported jsonb;

-- Enrollments synced before this version: SIMAT heard them as they were when synced; the closest record left is
-- their placement now, active unless SIMAT has since been told otherwise. Every school's rows change, so the
-- owner steps outside row-level security for this statement.
ALTER TABLE enrollments NO FORCE ROW LEVEL SECURITY;
UPDATE enrollments
   SET simat_reported = jsonb_strip_nulls(jsonb_build_object(
         'status', CASE WHEN simat_status = 'synced' THEN status ELSE 'active' END,
         'grade_level', grade_level, 'group_code', group_code, 'shift', shift))
 WHERE simat_synced_at IS NOT NULL;
ALTER TABLE enrollments FORCE ROW LEVEL SECURITY;

-- Every SIMAT grade (§3.2): adult cycles (CLEI) 21–26 and the normal schools' complementary programme 41–45 too.
ALTER TABLE enrollments DROP CONSTRAINT enrollments_grade_level_check;
ALTER TABLE enrollments ADD CONSTRAINT enrollments_grade_level_check
  CHECK (grade_level BETWEEN -2 AND 11 OR grade_level BETWEEN 21 AND 26 OR grade_level BETWEEN 41 AND 45
         OR grade_level = 99);
