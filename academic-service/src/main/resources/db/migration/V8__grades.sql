-- What a teacher grades in a course and period (seed evaluation_activities): weighted within the period, in one of
-- the year's dimensions when its evaluation system has them.
CREATE TABLE evaluation_activities (
  id                 uuid PRIMARY KEY,
  school_id          uuid         NOT NULL,
  course_offering_id uuid         NOT NULL CONSTRAINT evaluation_activities_course_offering_id_fkey
                                           REFERENCES course_offerings (id),
  period_number      integer      NOT NULL CHECK (period_number > 0),
  type               text         NOT NULL CHECK (type IN ('task', 'quiz', 'exam', 'workshop', 'project', 'other')),
  title              text         NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  weight             numeric(5,2) NOT NULL CHECK (weight > 0 AND weight <= 100),
  dimension          text         CHECK (dimension IS NULL OR length(dimension) BETWEEN 1 AND 50),
  due_on             date,
  created_by         text         NOT NULL,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  updated_at         timestamptz  NOT NULL DEFAULT now(),
  version            bigint       NOT NULL DEFAULT 0
);
CREATE INDEX evaluation_activities_course ON evaluation_activities (school_id, course_offering_id, period_number, id);

-- A student's score in an activity (seed activity_scores: 0 to 5.0). Never overwritten: a change writes a new score
-- and marks the one it replaces, so every change keeps who, when, and old → new.
CREATE TABLE activity_scores (
  id            uuid PRIMARY KEY,
  school_id     uuid         NOT NULL,
  activity_id   uuid         NOT NULL CONSTRAINT activity_scores_activity_id_fkey
                                      REFERENCES evaluation_activities (id),
  student_id    uuid         NOT NULL,
  score         numeric(2,1) NOT NULL CHECK (score >= 0 AND score <= 5.0),
  recorded_by   text         NOT NULL,
  recorded_at   timestamptz  NOT NULL,
  superseded_by uuid         REFERENCES activity_scores (id) DEFERRABLE INITIALLY DEFERRED,
  superseded_at timestamptz,
  CONSTRAINT activity_scores_superseded CHECK ((superseded_by IS NULL) = (superseded_at IS NULL))
);
CREATE UNIQUE INDEX activity_scores_current ON activity_scores (school_id, activity_id, student_id)
  WHERE superseded_by IS NULL;

SELECT protect_tenant_table('evaluation_activities');
SELECT protect_tenant_table('activity_scores');

-- A recovery (superación, or nivelación) a student took in a course: its own record beside the grades it recovers,
-- never over them; period_number null for one that concerns the whole year.
CREATE TABLE recovery_results (
  id                 uuid PRIMARY KEY,
  school_id          uuid         NOT NULL,
  course_offering_id uuid         NOT NULL CONSTRAINT recovery_results_course_offering_id_fkey
                                           REFERENCES course_offerings (id),
  student_id         uuid         NOT NULL,
  period_number      integer      CHECK (period_number IS NULL OR period_number > 0),
  kind               text         NOT NULL CHECK (kind IN ('superacion', 'nivelacion')),
  score              numeric(2,1) NOT NULL CHECK (score >= 0 AND score <= 5.0),
  note               text         CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
  recorded_by        text         NOT NULL,
  recorded_at        timestamptz  NOT NULL
);
CREATE INDEX recovery_results_course ON recovery_results (school_id, course_offering_id, student_id, id);

SELECT protect_tenant_table('recovery_results');
