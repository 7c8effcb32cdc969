-- The API shows a status history as stored (EnrollmentResponse), and it leaves out a member that has no value.
-- Anonymization used to keep a forgotten reason as null; it now removes the member, and earlier rows lose their
-- nulls too. Every school's rows change, so the owner steps outside row-level security for this statement.
ALTER TABLE enrollments NO FORCE ROW LEVEL SECURITY;
UPDATE enrollments SET status_history = jsonb_strip_nulls(status_history)
 WHERE status_history @? '$[*].* ? (@ == null)';
ALTER TABLE enrollments FORCE ROW LEVEL SECURITY;
