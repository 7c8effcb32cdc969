-- A student's attendance at one class (a date) of a course (seed attendance_records). Never deleted: a correction
-- writes a new record with its reason and marks the one it replaces (superseded_by, deferred: the new row is
-- written after the old one leaves the one-current-record index).
CREATE TABLE attendance_records (
  id                 uuid PRIMARY KEY,
  school_id          uuid        NOT NULL,
  course_offering_id uuid        NOT NULL CONSTRAINT attendance_records_course_offering_id_fkey
                                          REFERENCES course_offerings (id),
  student_id         uuid        NOT NULL,
  class_date         date        NOT NULL,
  status             text        NOT NULL CHECK (status IN ('present', 'absent', 'late', 'excused')),
  note               text        CHECK (note IS NULL OR length(note) BETWEEN 1 AND 500),
  recorded_by        text        NOT NULL,
  recorded_at        timestamptz NOT NULL,
  correction_reason  text        CHECK (correction_reason IS NULL OR length(correction_reason) BETWEEN 1 AND 500),
  superseded_by      uuid        REFERENCES attendance_records (id) DEFERRABLE INITIALLY DEFERRED,
  superseded_at      timestamptz,
  CONSTRAINT attendance_records_superseded CHECK ((superseded_by IS NULL) = (superseded_at IS NULL))
);
CREATE UNIQUE INDEX attendance_records_current ON attendance_records (school_id, course_offering_id, class_date, student_id)
  WHERE superseded_by IS NULL;

-- Each alert once per student, course and period.
CREATE TABLE attendance_alerts (
  id                 uuid PRIMARY KEY,
  school_id          uuid         NOT NULL,
  course_offering_id uuid         NOT NULL REFERENCES course_offerings (id),
  student_id         uuid         NOT NULL,
  period_number      integer      NOT NULL CHECK (period_number > 0),
  absences           integer      NOT NULL,
  classes            integer      NOT NULL,
  absence_percent    numeric(5,2) NOT NULL,
  threshold_percent  numeric(5,2) NOT NULL,
  created_at         timestamptz  NOT NULL DEFAULT now(),
  CONSTRAINT attendance_alerts_once UNIQUE (school_id, course_offering_id, period_number, student_id)
);

SELECT protect_tenant_table('attendance_records');
SELECT protect_tenant_table('attendance_alerts');
