-- Report cards (boletines, seed report_cards with JSONB items). Built as drafts when a period closes; published with
-- their PDF; a published card never changes: a correction is a new version that supersedes it.

-- The periods whose report cards are to be built: a closed period is requested (again when it closes again), the
-- builder claims one at a time for a few minutes and marks it built.
CREATE TABLE report_card_builds (
  period_id     uuid PRIMARY KEY,
  school_id     uuid        NOT NULL,
  requested_at  timestamptz NOT NULL,
  claimed_until timestamptz,
  built_at      timestamptz
);
CREATE INDEX report_card_builds_pending ON report_card_builds (requested_at) WHERE built_at IS NULL;
SELECT protect_tenant_table('report_card_builds');
-- The one reader across schools: the builder's claim, in a transaction that names itself the builder (app.job). The
-- queue holds ids only; every card is then built in its own school's transaction, behind the usual wall.
CREATE POLICY builder_claims ON report_card_builds
  USING (current_setting('app.job', true) = 'report-card-builder');

CREATE TABLE report_cards (
  id               uuid PRIMARY KEY,
  school_id        uuid        NOT NULL,
  school_year_id   uuid        NOT NULL,
  period_id        uuid        NOT NULL,
  period_number    integer     NOT NULL CHECK (period_number > 0),
  class_group_id   uuid        NOT NULL CONSTRAINT report_cards_class_group_id_fkey REFERENCES class_groups (id),
  student_id       uuid        NOT NULL,
  version          integer     NOT NULL CHECK (version > 0),
  status           text        NOT NULL CHECK (status IN ('draft', 'published')),
  items            jsonb       NOT NULL CHECK (jsonb_typeof(items) = 'array'),
  absences         integer     NOT NULL CHECK (absences >= 0),
  rank_in_group    integer     CHECK (rank_in_group > 0),
  group_size       integer     NOT NULL CHECK (group_size > 0),
  director_comment text        CHECK (length(director_comment) <= 2000),
  correction_reason text       CHECK (length(correction_reason) BETWEEN 1 AND 500),
  pdf_key          text,
  built_at         timestamptz NOT NULL,
  published_at     timestamptz,
  published_by     text,
  superseded_by    uuid        REFERENCES report_cards (id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT report_cards_published CHECK ((status = 'published') = (published_at IS NOT NULL AND pdf_key IS NOT NULL)),
  CONSTRAINT report_cards_version_key UNIQUE (school_id, period_id, student_id, version)
);
CREATE UNIQUE INDEX report_cards_current ON report_cards (school_id, period_id, student_id)
  WHERE superseded_by IS NULL;
CREATE INDEX report_cards_group ON report_cards (school_id, period_id, class_group_id) WHERE superseded_by IS NULL;
CREATE INDEX report_cards_student ON report_cards (school_id, student_id, period_number);

-- The database holds "published is final" too, whatever the code does: a published card is never deleted, and its
-- only change is being superseded, once.
CREATE FUNCTION report_cards_published_stand() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' AND (TG_OP = 'DELETE' OR OLD.superseded_by IS NOT NULL
      OR (to_jsonb(NEW) - 'superseded_by') IS DISTINCT FROM (to_jsonb(OLD) - 'superseded_by')) THEN
    RAISE EXCEPTION 'report card % is published: it stands as it is (a correction is a new version)', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'report_cards_published_stand';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER report_cards_published_stand BEFORE UPDATE OR DELETE ON report_cards
  FOR EACH ROW EXECUTE FUNCTION report_cards_published_stand();

-- One PDF per group and period (all its students' cards as published), a new version with each publication.
CREATE TABLE group_report_cards (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  period_id      uuid        NOT NULL,
  class_group_id uuid        NOT NULL CONSTRAINT group_report_cards_class_group_id_fkey REFERENCES class_groups (id),
  version        integer     NOT NULL CHECK (version > 0),
  pdf_key        text        NOT NULL,
  published_at   timestamptz NOT NULL,
  CONSTRAINT group_report_cards_version_key UNIQUE (school_id, period_id, class_group_id, version)
);

SELECT protect_tenant_table('report_cards');
SELECT protect_tenant_table('group_report_cards');
