-- The W3C trace context of the transaction that wrote the event (traceparent, tracestate), so the relay's
-- publish and every consumer continue the request's trace. Null when tracing is off.
ALTER TABLE outbox ADD COLUMN trace_context jsonb CHECK (jsonb_typeof(trace_context) = 'object');
