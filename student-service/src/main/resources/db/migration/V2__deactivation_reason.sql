-- What staff give as the reason of a deactivation stays in student-service: the lifecycle event
-- carries only the change (athena.students.lifecycle.v1 reason is always null now).
ALTER TABLE students ADD COLUMN deactivation_reason text CHECK (length(deactivation_reason) <= 500);
