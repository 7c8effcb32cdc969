-- A school's academic structure (DESIGN §8): areas (Ley 115's obligatory ones as a default set) and the subjects
-- under them; per school year, class groups, a study plan per grade and the course offerings built from it.
CREATE TABLE academic_areas (
  id          uuid PRIMARY KEY,
  school_id   uuid        NOT NULL,
  code        text        NOT NULL CHECK (code ~ '^[A-Z0-9_-]{1,20}$'),
  name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- one of the áreas obligatorias y fundamentales of Ley 115 de 1994 (art. 23, and art. 31 for media)
  mandatory   boolean     NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint      NOT NULL DEFAULT 0,
  CONSTRAINT academic_areas_code_key UNIQUE (school_id, code)
);

CREATE TABLE subject_catalog (
  id          uuid PRIMARY KEY,
  school_id   uuid        NOT NULL,
  area_id     uuid        NOT NULL CONSTRAINT subject_catalog_area_id_fkey REFERENCES academic_areas (id),
  code        text        NOT NULL CHECK (code ~ '^[A-Z0-9_-]{1,20}$'),
  name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  version     bigint      NOT NULL DEFAULT 0,
  CONSTRAINT subject_catalog_code_key UNIQUE (school_id, code)
);
CREATE INDEX subject_catalog_area ON subject_catalog (school_id, area_id);

-- SIMAT's grade set, group code and jornada, as enrollments carry them
CREATE TABLE class_groups (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  grade_level    integer     NOT NULL CHECK (grade_level BETWEEN -2 AND 11 OR grade_level BETWEEN 21 AND 26
                                             OR grade_level BETWEEN 41 AND 45 OR grade_level = 99),
  code           text        NOT NULL CHECK (code ~ '^[0-9A-Z-]{1,10}$'),
  shift          text        NOT NULL CHECK (shift IN ('morning', 'afternoon', 'full_day', 'night', 'weekend', 'single')),
  capacity       integer     NOT NULL CHECK (capacity BETWEEN 1 AND 80),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint      NOT NULL DEFAULT 0,
  CONSTRAINT class_groups_code_key UNIQUE (school_id, school_year_id, code)
);
CREATE INDEX class_groups_year ON class_groups (school_id, school_year_id, grade_level);

-- What a grade studies in a school year: its subjects with weekly hours; an area weighs by its subjects' hours
-- unless the school sets its weight ({area_id: percent})
CREATE TABLE study_plans (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  grade_level    integer     NOT NULL CHECK (grade_level BETWEEN -2 AND 11 OR grade_level BETWEEN 21 AND 26
                                             OR grade_level BETWEEN 41 AND 45 OR grade_level = 99),
  area_weights   jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(area_weights) = 'object'),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint      NOT NULL DEFAULT 0,
  CONSTRAINT study_plans_grade_key UNIQUE (school_id, school_year_id, grade_level)
);

CREATE TABLE study_plan_subjects (
  school_id     uuid    NOT NULL,
  study_plan_id uuid    NOT NULL REFERENCES study_plans (id) ON DELETE CASCADE,
  subject_id    uuid    NOT NULL CONSTRAINT study_plan_subjects_subject_id_fkey REFERENCES subject_catalog (id),
  weekly_hours  integer NOT NULL CHECK (weekly_hours BETWEEN 1 AND 40),
  CONSTRAINT study_plan_subjects_pkey PRIMARY KEY (school_id, study_plan_id, subject_id)
);

-- A subject given to a group in a year: generated from the grade's study plan, adjustable
CREATE TABLE course_offerings (
  id             uuid PRIMARY KEY,
  school_id      uuid        NOT NULL,
  school_year_id uuid        NOT NULL,
  class_group_id uuid        NOT NULL CONSTRAINT course_offerings_class_group_id_fkey REFERENCES class_groups (id),
  subject_id     uuid        NOT NULL CONSTRAINT course_offerings_subject_id_fkey REFERENCES subject_catalog (id),
  weekly_hours   integer     NOT NULL CHECK (weekly_hours BETWEEN 1 AND 40),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  version        bigint      NOT NULL DEFAULT 0,
  CONSTRAINT course_offerings_subject_key UNIQUE (school_id, class_group_id, subject_id)
);
CREATE INDEX course_offerings_year ON course_offerings (school_id, school_year_id, id);

SELECT protect_tenant_table('academic_areas');
SELECT protect_tenant_table('subject_catalog');
SELECT protect_tenant_table('class_groups');
SELECT protect_tenant_table('study_plans');
SELECT protect_tenant_table('study_plan_subjects');
SELECT protect_tenant_table('course_offerings');
