-- Who works in each school in which roles, as identity-service announces it (athena.identity.memberships.v1):
-- a teacher is an active member with the teacher role. Written only by the memberships consumer.
CREATE TABLE staff_members (
  school_id          uuid        NOT NULL,
  user_id            uuid        NOT NULL,
  roles              text[]      NOT NULL,
  active             boolean     NOT NULL,
  membership_version bigint      NOT NULL,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT staff_members_pkey PRIMARY KEY (school_id, user_id)
);

-- Who teaches a course from when to when: reassigning ends the open assignment (with its reason), nothing is
-- deleted, so a course's history says who taught it when.
CREATE TABLE teacher_assignments (
  id                 uuid PRIMARY KEY,
  school_id          uuid        NOT NULL,
  course_offering_id uuid        NOT NULL CONSTRAINT teacher_assignments_course_offering_id_fkey
                                          REFERENCES course_offerings (id),
  teacher_id         uuid        NOT NULL,
  starts_on          date        NOT NULL,
  ends_on            date,
  end_reason         text        CHECK (end_reason IS NULL OR length(end_reason) BETWEEN 1 AND 500),
  assigned_by        text        NOT NULL,
  ended_by           text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  version            bigint      NOT NULL DEFAULT 0,
  CONSTRAINT teacher_assignments_dates CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CONSTRAINT teacher_assignments_ended CHECK ((ends_on IS NULL) = (end_reason IS NULL))
);
-- one teacher at a time per course
CREATE UNIQUE INDEX teacher_assignments_one_open ON teacher_assignments (school_id, course_offering_id)
  WHERE ends_on IS NULL;
CREATE INDEX teacher_assignments_teacher ON teacher_assignments (school_id, teacher_id, id);
CREATE INDEX teacher_assignments_course ON teacher_assignments (school_id, course_offering_id, id);

SELECT protect_tenant_table('staff_members');
SELECT protect_tenant_table('teacher_assignments');
