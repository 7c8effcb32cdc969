package co.athena.identity.events;

import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/**
 * Announces, in the transaction that made it, that access ended or changed: from then on every
 * service refuses the tokens it names that were issued before {@code effectiveAt}.
 */
@ApplicationScoped
public class AccessChangeEvents {

    private final Outbox outbox;

    public AccessChangeEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code user} null: every user of the school; {@code school} null: the user in every school. */
    public Uni<Void> publish(String change, UUID user, UUID school, Instant effectiveAt) {
        UUID id = UuidV7.next();
        AccessChangedEvent event = new AccessChangedEvent(id, change, user, school, effectiveAt, UtcClock.now());
        String subject = user != null ? "users/" + user : "schools/" + school;
        return outbox.append(new EventEnvelope(id, AccessChangedEvent.TOPIC, event.key(), AccessChangedEvent.TYPE,
                subject, event.occurredAt(), event));
    }
}
