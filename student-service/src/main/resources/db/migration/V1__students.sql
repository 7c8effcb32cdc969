CREATE SCHEMA IF NOT EXISTS extensions;
GRANT USAGE ON SCHEMA extensions TO ${app_role};
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA extensions;

-- unaccent() is only STABLE (its dictionary could change); this wrapper names the dictionary
-- explicitly, so it can be IMMUTABLE and feed a stored column and its trigram index.
CREATE FUNCTION search_normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(extensions.unaccent('extensions.unaccent'::regdictionary, $1)) $$;

CREATE TABLE students (
  id              uuid PRIMARY KEY,
  school_id       uuid        NOT NULL,
  document_type   text        NOT NULL CHECK (document_type IN ('RC', 'TI', 'CC', 'CE', 'NUIP', 'PA', 'PEP', 'PPT', 'NES')),
  -- stored without spaces, dots or dashes
  document_number text        NOT NULL CHECK (document_number ~ '^[0-9A-Z]{3,20}$'),
  first_name      text        NOT NULL,
  second_name     text,
  first_surname   text        NOT NULL,
  second_surname  text,
  -- always the parts joined: SIMAT needs the parts, people search the whole
  full_name       text        NOT NULL,
  birth_date      date        NOT NULL,
  gender          text        NOT NULL CHECK (gender IN ('F', 'M')),
  is_active       boolean     NOT NULL DEFAULT true,
  extra_data      jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra_data) = 'object'),
  piar_data       jsonb       CHECK (piar_data IS NULL OR jsonb_typeof(piar_data) = 'object'),
  user_id         uuid,
  search_name     text        GENERATED ALWAYS AS (search_normalize(full_name)) STORED,
  anonymized_at   timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint      NOT NULL DEFAULT 0,
  CONSTRAINT students_document_key UNIQUE (school_id, document_number)
);
CREATE INDEX students_school_id ON students (school_id, id);
CREATE INDEX students_school_document ON students (school_id, document_number text_pattern_ops);
CREATE INDEX students_search_name ON students USING gin (search_name extensions.gin_trgm_ops);

CREATE TABLE guardians (
  id              uuid PRIMARY KEY,
  school_id       uuid        NOT NULL,
  document_type   text        NOT NULL CHECK (document_type IN ('CC', 'CE', 'PA', 'PEP', 'PPT', 'TI', 'NES')),
  document_number text        NOT NULL CHECK (document_number ~ '^[0-9A-Z]{3,20}$'),
  full_name       text        NOT NULL,
  phone           text,
  email           text,
  address         text,
  user_id         uuid,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint      NOT NULL DEFAULT 0,
  CONSTRAINT guardians_document_key UNIQUE (school_id, document_number)
);
CREATE INDEX guardians_school_id ON guardians (school_id, id);

CREATE TABLE student_guardians (
  school_id            uuid    NOT NULL,
  student_id           uuid    NOT NULL REFERENCES students (id),
  guardian_id          uuid    NOT NULL REFERENCES guardians (id),
  relationship         text    NOT NULL CHECK (relationship IN
                         ('madre', 'padre', 'abuela', 'abuelo', 'tia', 'tio', 'hermana', 'hermano', 'tutor', 'otro')),
  is_primary           boolean NOT NULL DEFAULT false,
  priority             integer NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 10),
  can_pickup           boolean NOT NULL DEFAULT true,
  is_emergency_contact boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT student_guardians_pkey PRIMARY KEY (school_id, student_id, guardian_id)
);
CREATE UNIQUE INDEX student_guardians_one_primary ON student_guardians (school_id, student_id) WHERE is_primary;
CREATE INDEX student_guardians_guardian ON student_guardians (school_id, guardian_id);

-- Read model of athena.enrollments.status-changed.v1: one row per event.
CREATE TABLE enrollment_history (
  id                 uuid PRIMARY KEY,
  school_id          uuid        NOT NULL,
  student_id         uuid        NOT NULL,
  enrollment_id      uuid        NOT NULL,
  school_year_id     uuid        NOT NULL,
  event_id           uuid        NOT NULL UNIQUE,
  from_status        text,
  to_status          text        NOT NULL,
  grade_level        integer     NOT NULL,
  group_code         text,
  shift              text        NOT NULL,
  reason             text,
  changed_by         text        NOT NULL,
  changed_at         timestamptz NOT NULL,
  enrollment_version bigint      NOT NULL
);
CREATE INDEX enrollment_history_student ON enrollment_history (school_id, student_id, enrollment_version);

-- The newest known state of each enrollment: an older event never overwrites it.
CREATE TABLE student_enrollments (
  enrollment_id      uuid PRIMARY KEY,
  school_id          uuid        NOT NULL,
  student_id         uuid        NOT NULL,
  school_year_id     uuid        NOT NULL,
  status             text        NOT NULL,
  grade_level        integer     NOT NULL,
  group_code         text,
  shift              text        NOT NULL,
  enrollment_version bigint      NOT NULL
);
CREATE INDEX student_enrollments_student ON student_enrollments (school_id, student_id);

-- Append-only: every read or change of PIAR data, every data export and anonymization.
CREATE TABLE student_access_log (
  id          uuid PRIMARY KEY,
  school_id   uuid        NOT NULL,
  student_id  uuid        NOT NULL,
  actor       text        NOT NULL,
  action      text        NOT NULL CHECK (action IN ('piar_read', 'piar_write', 'data_export', 'anonymize')),
  fields      text[]      NOT NULL DEFAULT '{}',
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX student_access_log_school ON student_access_log (school_id, id);
REVOKE UPDATE, DELETE ON student_access_log FROM ${app_role};

SELECT protect_tenant_table('students');
SELECT protect_tenant_table('guardians');
SELECT protect_tenant_table('student_guardians');
SELECT protect_tenant_table('enrollment_history');
SELECT protect_tenant_table('student_enrollments');
SELECT protect_tenant_table('student_access_log');
