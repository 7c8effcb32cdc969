-- Schools are the tenants. The schools table itself is platform data (superadmin); everything a
-- school owns carries school_id, leads its indexes with it, and sits behind row-level security.
CREATE SCHEMA IF NOT EXISTS extensions;
GRANT USAGE ON SCHEMA extensions TO ${app_role};
CREATE EXTENSION IF NOT EXISTS btree_gist SCHEMA extensions;

CREATE TABLE schools (
  id          uuid PRIMARY KEY,
  name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
  -- NIT normalized as digits, dash, DIAN check digit: 800197268-4
  nit         text        CONSTRAINT schools_nit_key UNIQUE CHECK (nit ~ '^[0-9]{6,15}-[0-9]$'),
  dane_code   text        CHECK (dane_code ~ '^[0-9]{12}$'),
  address     text,
  city        text,
  department  text,
  phone       text,
  email       text,
  is_active   boolean     NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint      NOT NULL DEFAULT 0
);

CREATE TABLE school_settings (
  school_id           uuid PRIMARY KEY REFERENCES schools (id),
  simat_settings      jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(simat_settings) = 'object'),
  branding_settings   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(branding_settings) = 'object'),
  security_settings   jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(security_settings) = 'object'),
  habeas_data_text    text,
  habeas_data_version integer NOT NULL DEFAULT 0 CHECK (habeas_data_version >= 0),
  pei_summary         text,
  required_documents  text[] NOT NULL
    DEFAULT '{birth_certificate,identity_document,habeas_data,tratamiento_datos}'
    CHECK (required_documents <@ '{birth_certificate,identity_document,report_card,habeas_data,tratamiento_datos}'),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  version             bigint NOT NULL DEFAULT 0
);

CREATE TABLE school_years (
  id          uuid PRIMARY KEY,
  school_id   uuid        NOT NULL REFERENCES schools (id),
  name        text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  starts_on   date        NOT NULL,
  ends_on     date        NOT NULL,
  status      text        NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'active', 'closed', 'archived')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint      NOT NULL DEFAULT 0,
  CONSTRAINT school_years_dates CHECK (ends_on >= starts_on),
  CONSTRAINT school_years_name_key UNIQUE (school_id, name),
  -- lets periods reference (school_id, id) so a period can never point at another school's year
  CONSTRAINT school_years_school_id_key UNIQUE (school_id, id)
);
-- At most one active year per school, enforced by the database.
CREATE UNIQUE INDEX school_years_one_active ON school_years (school_id) WHERE status = 'active';

CREATE TABLE academic_periods (
  id              uuid PRIMARY KEY,
  school_id       uuid        NOT NULL,
  school_year_id  uuid        NOT NULL,
  number          integer     NOT NULL CHECK (number >= 1),
  name            text        NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  starts_on       date        NOT NULL,
  ends_on         date        NOT NULL,
  status          text        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed', 'published')),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  version         bigint      NOT NULL DEFAULT 0,
  CONSTRAINT academic_periods_year_fk FOREIGN KEY (school_id, school_year_id)
    REFERENCES school_years (school_id, id) ON DELETE CASCADE,
  CONSTRAINT academic_periods_dates CHECK (ends_on >= starts_on),
  CONSTRAINT academic_periods_number_key UNIQUE (school_id, school_year_id, number),
  -- periods of one year never overlap, enforced by the database
  CONSTRAINT academic_periods_no_overlap EXCLUDE USING gist (
    school_year_id WITH =, daterange(starts_on, ends_on, '[]') WITH &&)
);

-- Row-level security: the second wall behind the services' own school_id filters.
SELECT protect_tenant_table('school_settings');
SELECT protect_tenant_table('school_years');
SELECT protect_tenant_table('academic_periods');
