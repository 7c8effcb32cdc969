package co.athena.persistence.outbox;

import co.athena.shared.events.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Appends an event to the outbox inside the caller's transaction, so the event commits (or rolls
 * back) with the change it announces. The {@link OutboxRelay} publishes it after commit.
 */
@ApplicationScoped
public class Outbox {

    // the payload travels as text: a parameter typed jsonb would be encoded as a JSON string
    private static final String INSERT = """
            insert into outbox (event_id, topic, message_key, event_type, subject, payload, occurred_at)
            values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as jsonb), ?7)""";

    private final ObjectMapper mapper;
    private final String topicSuffix;

    /** {@code athena.events.topic-suffix} gives each test run topics of its own; production leaves it unset. */
    public Outbox(ObjectMapper mapper, @ConfigProperty(name = "athena.events.topic-suffix") Optional<String> topicSuffix) {
        this.mapper = mapper;
        this.topicSuffix = topicSuffix.orElse("");
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
                        .setParameter(2, event.topic() + topicSuffix)
                        .setParameter(3, event.key())
                        .setParameter(4, event.type())
                        .setParameter(5, event.subject())
                        .setParameter(6, payload)
                        .setParameter(7, OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
