package co.athena.academic.consumers;

import co.athena.academic.service.StaffMembers;
import co.athena.persistence.events.EventConsumption;
import co.athena.shared.events.MembershipChangedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** {@code athena.identity.memberships.v1}: who works in each school, in which roles ({@link StaffMembers}). */
@ApplicationScoped
public class MembershipConsumer {

    private final StaffMembers staff;
    private final EventConsumption consumption;

    public MembershipConsumer(StaffMembers staff, EventConsumption consumption) {
        this.staff = staff;
        this.consumption = consumption;
    }

    @Incoming("memberships")
    public Uni<Void> consume(String payload) {
        return consumption.react(payload, MembershipChangedEvent.class, staff::follow);
    }
}
