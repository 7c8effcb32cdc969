package co.athena.tenancy.events;

import co.athena.persistence.outbox.Outbox;
import co.athena.shared.events.EventEnvelope;
import co.athena.shared.events.PeriodChangedEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.tenancy.domain.AcademicPeriod;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Announces each academic period as it stands after a change, through the outbox, in the transaction that made it. */
@ApplicationScoped
public class PeriodEvents {

    private final Outbox outbox;

    public PeriodEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Call after the change was flushed, so the event carries the period's new version. */
    public Uni<Void> changed(AcademicPeriod period) {
        return announce(period, false, period.version);
    }

    /** A deleted period: one version past the last it had, so it follows every change of it. */
    public Uni<Void> deleted(AcademicPeriod period) {
        return announce(period, true, period.version + 1);
    }

    private Uni<Void> announce(AcademicPeriod p, boolean deleted, long version) {
        UUID id = UuidV7.next();
        PeriodChangedEvent event = new PeriodChangedEvent(id, p.schoolId, p.schoolYearId, p.id, p.number, p.name,
                p.startsOn, p.endsOn, p.status.name(), deleted, version, UtcClock.now());
        return outbox.append(new EventEnvelope(id, PeriodChangedEvent.TOPIC, p.id.toString(), PeriodChangedEvent.TYPE,
                "school-years/" + p.schoolYearId + "/periods/" + p.number, event.occurredAt(), event));
    }
}
