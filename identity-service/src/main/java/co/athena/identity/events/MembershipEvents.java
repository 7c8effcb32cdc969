package co.athena.identity.events;

import co.athena.identity.domain.Membership;
import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.events.MembershipChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Announces, in the transaction that made it, a membership as it stands after a change (version flushed). */
@ApplicationScoped
public class MembershipEvents {

    private final Outbox outbox;

    public MembershipEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> changed(Membership membership) {
        UUID id = UuidV7.next();
        MembershipChangedEvent event = new MembershipChangedEvent(id, membership.id, membership.schoolId,
                membership.userId, membership.roleList(), membership.active, membership.version, UtcClock.now());
        return outbox.append(new EventEnvelope(id, MembershipChangedEvent.TOPIC, event.key(), MembershipChangedEvent.TYPE,
                "memberships/" + membership.id, event.occurredAt(), event));
    }
}
