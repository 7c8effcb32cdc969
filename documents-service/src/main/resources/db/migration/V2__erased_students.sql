-- Students anonymized (Ley 1581): their files are gone and nothing new is stored for them.
CREATE TABLE erased_students (
  student_id  uuid PRIMARY KEY,
  school_id   uuid        NOT NULL,
  erased_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX erased_students_school_id ON erased_students (school_id, student_id);

-- An erased file keeps no name: the name itself can say whose it was.
ALTER TABLE enrollment_documents ALTER COLUMN file_name DROP NOT NULL;

-- Existing rows of every school: the owner reads past row-level security only while it is not
-- forced, inside this migration's transaction.
ALTER TABLE enrollment_documents NO FORCE ROW LEVEL SECURITY;
INSERT INTO erased_students (student_id, school_id, erased_at)
  SELECT DISTINCT ON (student_id) student_id, school_id, updated_at FROM enrollment_documents
  WHERE status = 'deleted' ORDER BY student_id, updated_at;
UPDATE enrollment_documents SET file_name = NULL WHERE status = 'deleted';
ALTER TABLE enrollment_documents FORCE ROW LEVEL SECURITY;

ALTER TABLE enrollment_documents ADD CONSTRAINT enrollment_documents_erased_unnamed
  CHECK (status <> 'deleted' OR file_name IS NULL);
SELECT protect_tenant_table('erased_students');
