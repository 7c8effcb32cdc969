-- What SIMAT's Anexo 6A asks of a student beyond identity (issue 18): the characterization, and the sensitive
-- data of a minor kept apart so that reading and anonymizing it is one column each. Validated by the API
-- (SIMAT code tables, DIVIPOLA); unknown is empty.
ALTER TABLE students
  ADD COLUMN characterization jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(characterization) = 'object' AND pg_column_size(characterization) <= 16384),
  ADD COLUMN sensitive_data jsonb NOT NULL DEFAULT '{}'
    CHECK (jsonb_typeof(sensitive_data) = 'object' AND pg_column_size(sensitive_data) <= 4096);
