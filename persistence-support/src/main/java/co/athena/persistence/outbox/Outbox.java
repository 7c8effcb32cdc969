package co.athena.persistence.outbox;

import co.athena.shared.events.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Appends an event to the outbox inside the caller's transaction, so the event commits (or rolls
 * back) with the change it announces. The {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox (event_id, topic, message_key, event_type, subject, payload, occurred_at)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7)""";

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Uni<Void> append(EventEnvelope event) {
        String payload;
        try {
            payload = mapper.writeValueAsString(event.payload());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event payload is not serializable", e));
        }
        return Panache.currentTransaction()
                .onItem().ifNull().failWith(() -> new IllegalStateException("outbox writes need a transaction"))
                .chain(Panache::getSession)
                .chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, event.id())
                        .setParameter(2, event.topic())
                        .setParameter(3, event.key())
                        .setParameter(4, event.type())
                        .setParameter(5, event.subject())
                        .setParameter(6, payload)
                        .setParameter(7, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
