-- Each school year's evaluation system (SIEE, Decreto 1290): the rules as one validated document (EvaluationRules).
-- A year without a row has the defaults. Every change is kept (evaluation_system_changes): who, when, why, and the
-- rules it left in place; once a period of the year is closed, a change must name the version it replaces and why.
CREATE TABLE evaluation_systems (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  rules          jsonb       NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
  updated_by     text        NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint      NOT NULL DEFAULT 0,
  CONSTRAINT evaluation_systems_year_key UNIQUE (school_id, school_year_id)
);

CREATE TABLE evaluation_system_changes (
  id                   uuid PRIMARY KEY,
  school_id            uuid        NOT NULL,
  evaluation_system_id uuid        NOT NULL REFERENCES evaluation_systems (id),
  version              bigint      NOT NULL,
  rules                jsonb       NOT NULL,
  reason               text        CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 500),
  changed_by           text        NOT NULL,
  changed_at           timestamptz NOT NULL,
  CONSTRAINT evaluation_system_changes_version_key UNIQUE (evaluation_system_id, version)
);

SELECT protect_tenant_table('evaluation_systems');
SELECT protect_tenant_table('evaluation_system_changes');
