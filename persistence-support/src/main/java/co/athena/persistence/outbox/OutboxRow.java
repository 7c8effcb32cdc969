package co.athena.persistence.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An unsent outbox row as the relay reads it; {@code traceContext} is the writer's, as JSON, or null. */
record OutboxRow(long id, UUID eventId, String topic, String key, String type, String subject, String payload,
                 OffsetDateTime occurredAt, String traceContext) {
}
