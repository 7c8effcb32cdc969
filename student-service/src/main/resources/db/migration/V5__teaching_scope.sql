-- Which students each teacher may read (read:own_students), kept from academic-service's events so that no read
-- waits on another service: a teacher sees a student while the teacher holds an open assignment to a course of a
-- class group (athena.academic.assignments.v1) and the student an open membership of that group
-- (athena.academic.rosters.v1). Written only by those consumers.
CREATE TABLE teaching_assignments (
  assignment_id      uuid PRIMARY KEY,
  school_id          uuid        NOT NULL,
  teacher_id         uuid        NOT NULL,
  class_group_id     uuid        NOT NULL,
  open               boolean     NOT NULL,
  assignment_version bigint      NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX teaching_assignments_teacher ON teaching_assignments (school_id, teacher_id, class_group_id) WHERE open;

CREATE TABLE class_group_members (
  membership_id  uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  class_group_id uuid        NOT NULL,
  student_id     uuid        NOT NULL,
  open           boolean     NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX class_group_members_group ON class_group_members (school_id, class_group_id, student_id) WHERE open;

SELECT protect_tenant_table('teaching_assignments');
SELECT protect_tenant_table('class_group_members');
