-- Each school year's academic periods as tenancy-service announces them (athena.schools.periods.v1): attendance
-- counts by them, and scores and report cards will follow their status, with no call to tenancy-service.
-- Written only by the periods consumer; a deleted period stays, marked, so an older event cannot bring it back.
CREATE TABLE academic_periods (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  number         integer     NOT NULL,
  name           text        NOT NULL,
  starts_on      date        NOT NULL,
  ends_on        date        NOT NULL,
  status         text        NOT NULL,
  deleted        boolean     NOT NULL,
  period_version bigint      NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX academic_periods_year ON academic_periods (school_id, school_year_id, starts_on) WHERE NOT deleted;

SELECT protect_tenant_table('academic_periods');
