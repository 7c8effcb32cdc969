package co.athena.tenancy.events;

import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.tenancy.domain.School;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Announces school lifecycle changes through the outbox, in the transaction that made them. */
@ApplicationScoped
public class SchoolEvents {

    private final Outbox outbox;

    public SchoolEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change was flushed, so the event carries the school's new version. */
    public Uni<Void> changed(School school, String change) {
        UUID id = UuidV7.next();
        Instant now = UtcClock.now();
        SchoolLifecycleEvent payload = new SchoolLifecycleEvent(id, change, school.id, school.name, school.nit,
                school.daneCode, school.active, now, school.version);
        return outbox.append(new EventEnvelope(id, SchoolLifecycleEvent.TOPIC, school.id.toString(),
                SchoolLifecycleEvent.TYPE, "schools/" + school.id, now, payload));
    }
}
