-- Events this service has already applied, written in the same transaction as their effect, so a
-- redelivered event changes nothing. No school_id: the consumer's tenant is in the event itself.
CREATE TABLE processed_events (
  event_id     uuid        PRIMARY KEY,
  consumer     text        NOT NULL,
  processed_at timestamptz NOT NULL DEFAULT now()
);
