-- An event is applied once per consumer: two consumers of one topic in one service must each apply
-- it, so the key is (consumer, event_id). Rows already there keep their meaning and stay.
ALTER TABLE processed_events DROP CONSTRAINT processed_events_pkey;
ALTER TABLE processed_events ADD PRIMARY KEY (consumer, event_id);
