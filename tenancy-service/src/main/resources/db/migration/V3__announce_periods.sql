-- Periods are announced on athena.schools.periods.v1 from this version on. The periods that exist already are
-- announced once here, as they stand, so that a consumer learns every period, not only those changed from now on.
INSERT INTO outbox (event_id, topic, message_key, event_type, subject, payload, occurred_at)
SELECT ids.event_id, 'athena.schools.periods.v1', p.id::text, 'co.athena.schools.periods.v1',
       'school-years/' || p.school_year_id || '/periods/' || p.number,
       jsonb_build_object('event_id', ids.event_id, 'school_id', p.school_id, 'school_year_id', p.school_year_id,
                          'period_id', p.id, 'number', p.number, 'name', p.name, 'starts_on', p.starts_on,
                          'ends_on', p.ends_on, 'status', p.status, 'deleted', false, 'period_version', p.version,
                          'occurred_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
  FROM academic_periods p
 CROSS JOIN LATERAL (SELECT gen_random_uuid() AS event_id) ids
 ORDER BY p.school_year_id, p.number;
