-- Year-end promotion per student (Decreto 1290): the school's rule computes it, the comisión de evaluación y
-- promoción may decide otherwise with a reason, and confirms; enrollment-service's rollover reads confirmed ones.
CREATE TABLE promotion_decisions (
  id               uuid PRIMARY KEY,
  school_id        uuid        NOT NULL,
  school_year_id   uuid        NOT NULL,
  student_id       uuid        NOT NULL,
  class_group_id   uuid        NOT NULL CONSTRAINT promotion_decisions_class_group_id_fkey REFERENCES class_groups (id),
  grade_level      integer     NOT NULL,
  computed         text        NOT NULL CHECK (computed IN ('promoted', 'not_promoted', 'pending_recovery')),
  outcome          text        NOT NULL CHECK (outcome IN ('promoted', 'not_promoted', 'pending_recovery')),
  failed_areas     jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(failed_areas) = 'array'),
  absences_reached boolean     NOT NULL,
  override_reason  text        CHECK (length(override_reason) BETWEEN 1 AND 500),
  computed_at      timestamptz NOT NULL,
  decided_by       text,
  decided_at       timestamptz,
  confirmed_by     text,
  confirmed_at     timestamptz,
  version          bigint      NOT NULL DEFAULT 0,
  CONSTRAINT promotion_decisions_student_key UNIQUE (school_id, school_year_id, student_id),
  -- an outcome other than the rule's carries its reason; a confirmed one is final, never "pending"
  CONSTRAINT promotion_decisions_override CHECK (outcome = computed OR override_reason IS NOT NULL),
  CONSTRAINT promotion_decisions_confirmed CHECK (confirmed_at IS NULL OR outcome <> 'pending_recovery')
);

SELECT protect_tenant_table('promotion_decisions');
