package co.athena.academic.consumers;

import co.athena.academic.service.AcademicPeriods;
import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.PeriodChangedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code athena.schools.periods.v1}: each school year's academic periods ({@link AcademicPeriods}). */
@ApplicationScoped
public class PeriodConsumer {

    private final AcademicPeriods periods;
    private final EventConsumption consumption;

    public PeriodConsumer(AcademicPeriods periods, EventConsumption consumption) {
        this.periods = periods;
        this.consumption = consumption;
    }

    @Incoming("periods")
    public Uni<Void> consume(String payload) {
        return consumption.react(payload, PeriodChangedEvent.class, periods::follow);
    }
}
