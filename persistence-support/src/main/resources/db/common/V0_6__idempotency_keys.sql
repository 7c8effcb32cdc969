-- Idempotency-Key (IETF httpapi draft): a POST's first answer, replayed to a retry with the same key in
-- the same school within 24 hours. status is null while the first request still runs.
CREATE TABLE idempotency_keys (
  school_id       uuid        NOT NULL,
  idempotency_key text        NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
  request_hash    text        NOT NULL,
  status          integer,
  content_type    text,
  headers         jsonb       NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(headers) = 'object'),
  body            bytea,
  created_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (school_id, idempotency_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (school_id, created_at);
SELECT protect_tenant_table('idempotency_keys');
