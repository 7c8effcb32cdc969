-- Enrollments as enrollment-service announces them (athena.enrollments.status-changed.v1), and where each is
-- placed: the class group of its year whose code is its group code, or none yet (unplaced, listed for staff).
CREATE TABLE enrollment_placements (
  enrollment_id      uuid PRIMARY KEY,
  school_id          uuid        NOT NULL,
  student_id         uuid        NOT NULL,
  school_year_id     uuid        NOT NULL,
  grade_level        integer     NOT NULL,
  group_code         text,
  status             text        NOT NULL,
  class_group_id     uuid        REFERENCES class_groups (id),
  enrollment_version bigint      NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX enrollment_placements_waiting ON enrollment_placements (school_id, school_year_id, group_code)
  WHERE status = 'active' AND class_group_id IS NULL;

-- A student in a class group from a date to a date: every course of the group has them on its roster while open.
-- Ended (moved to another group, withdrawn, graduated), never deleted.
CREATE TABLE class_group_enrollments (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  class_group_id uuid        NOT NULL REFERENCES class_groups (id),
  enrollment_id  uuid        NOT NULL,
  student_id     uuid        NOT NULL,
  starts_on      date        NOT NULL,
  ends_on        date,
  end_reason     text        CHECK (end_reason IN ('moved', 'withdrawn', 'graduated', 'pending_documents', 'in_review')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT class_group_enrollments_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX class_group_enrollments_one_open ON class_group_enrollments (school_id, enrollment_id)
  WHERE ends_on IS NULL;
CREATE INDEX class_group_enrollments_group ON class_group_enrollments (school_id, class_group_id, id);

SELECT protect_tenant_table('enrollment_placements');
SELECT protect_tenant_table('class_group_enrollments');
