package co.athena.shared.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What a producer hands to the outbox: the Kafka topic and key (the aggregate id, for ordering per
 * aggregate), the CloudEvents attributes, and the payload record (serialized as JSON).
 */
public record EventEnvelope(UUID id, String topic, String key, String type, String subject, Instant time,
                            Object payload) {
}
