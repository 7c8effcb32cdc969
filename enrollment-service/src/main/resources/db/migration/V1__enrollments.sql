-- Enrollments (matrículas) per student and school year, their status flow, and the SIMAT sync state.
CREATE TABLE enrollments (
  id                  uuid PRIMARY KEY,
  school_id           uuid        NOT NULL,
  student_id          uuid        NOT NULL,
  school_year_id      uuid        NOT NULL,
  -- the SIMAT grade set: -2..11 (0 transición), 99 aceleración
  grade_level         integer     NOT NULL CHECK (grade_level BETWEEN -2 AND 11 OR grade_level = 99),
  group_code          text        CHECK (group_code ~ '^[0-9A-Z-]{1,10}$'),
  shift               text        NOT NULL CHECK (shift IN ('morning', 'afternoon', 'full_day', 'night', 'weekend', 'single')),
  status              text        NOT NULL DEFAULT 'pending_documents'
                        CHECK (status IN ('pending_documents', 'in_review', 'active', 'graduated', 'withdrawn')),
  -- [{status, changed_at, changed_by, reason}], appended in the transaction of each change
  status_history      jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(status_history) = 'array'),
  -- written only by the SIMAT sync consumer: the novelty SIMAT has not been told yet, and from which event
  simat_status        text        NOT NULL DEFAULT 'not_reported'
                        CHECK (simat_status IN ('not_reported', 'pending_enrollment', 'pending_change',
                                                'pending_withdrawal', 'pending_graduation', 'synced')),
  simat_event_id      uuid,
  simat_event_at      timestamptz,
  simat_event_version bigint      NOT NULL DEFAULT -1,
  simat_synced_at     timestamptz,
  extra_data          jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra_data) = 'object'),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  version             bigint      NOT NULL DEFAULT 0,
  CONSTRAINT enrollments_student_year_key UNIQUE (school_id, student_id, school_year_id)
);
CREATE INDEX enrollments_school_id ON enrollments (school_id, id);
CREATE INDEX enrollments_school_year ON enrollments (school_id, school_year_id, id);
CREATE INDEX enrollments_simat_pending ON enrollments (school_id, school_year_id, id)
  WHERE simat_status LIKE 'pending%';

-- An Anexo 6A file as it was handed to staff: kept byte for byte, with the novelties it froze.
CREATE TABLE simat_exports (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  status         text        NOT NULL DEFAULT 'generated' CHECK (status IN ('generated', 'confirmed')),
  file_name      text        NOT NULL,
  encoding       text        NOT NULL,
  delimiter      text        NOT NULL,
  row_count      integer     NOT NULL CHECK (row_count >= 0),
  skipped        jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(skipped) = 'array'),
  sha256         text        NOT NULL,
  content        bytea       NOT NULL,
  created_by     text        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  confirmed_by   text,
  confirmed_at   timestamptz,
  version        bigint      NOT NULL DEFAULT 0
);
CREATE INDEX simat_exports_school_id ON simat_exports (school_id, id);

CREATE TABLE simat_export_items (
  school_id     uuid NOT NULL,
  export_id     uuid NOT NULL REFERENCES simat_exports (id),
  enrollment_id uuid NOT NULL REFERENCES enrollments (id),
  novelty       text NOT NULL,
  event_id      uuid NOT NULL,
  CONSTRAINT simat_export_items_pkey PRIMARY KEY (school_id, export_id, enrollment_id)
);

SELECT protect_tenant_table('enrollments');
SELECT protect_tenant_table('simat_exports');
SELECT protect_tenant_table('simat_export_items');
