-- Work that outlives its request (an import, an export, a publication, a rollover), as a front end polls it for a
-- progress bar: processed of total items (total unknown at first), the errors that failed it ({field, message}, as in
-- a problem document), and when it succeeded its answer (result) and where what it made lives (result_url).
-- Readable by callers of its school who hold the permission that started it.
CREATE TABLE jobs (
  id          uuid        PRIMARY KEY,
  school_id   uuid        NOT NULL,
  kind        text        NOT NULL,
  permission  text        NOT NULL,
  status      text        NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  processed   integer     NOT NULL DEFAULT 0 CHECK (processed >= 0),
  total       integer     CHECK (total >= 0),
  errors      jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(errors) = 'array'),
  result      jsonb,
  result_url  text,
  started_by  text        NOT NULL,
  started_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz
);
CREATE INDEX jobs_school_started ON jobs (school_id, started_at);
SELECT protect_tenant_table('jobs');
