package co.athena.academic.service;

import co.athena.academic.repository.StaffRepository;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.MembershipChangedEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who works in each school, kept from identity-service's membership changes so that assigning a teacher needs no
 * call to identity-service. Idempotent twice over: by event id, and by membership version.
 */
@ApplicationScoped
public class StaffMembers {

    static final String CONSUMER = "academic-service.memberships";

    private final StaffRepository staff;
    private final ProcessedEvents processed;

    public StaffMembers(StaffRepository staff, ProcessedEvents processed) {
        this.staff = staff;
        this.processed = processed;
    }

    public Uni<Void> follow(MembershipChangedEvent event) {
        return processed.once(CONSUMER, event, () -> staff.follow(event).replaceWithVoid());
    }
}
