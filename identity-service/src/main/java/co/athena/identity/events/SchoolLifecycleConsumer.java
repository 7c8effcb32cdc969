package co.athena.identity.events;

import co.athena.identity.repository.KnownSchoolRepository;
import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.events.EventPayloads;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.events.SchoolLifecycleEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.events.Redelivery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the local copy of which schools exist and are active, for the token exchange, and announces
 * a deactivation as an access change for all the school's tokens. Idempotent by
 * version: a redelivered or older event changes nothing. A record that is not a school event goes to
 * the dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class SchoolLifecycleConsumer {

    private final KnownSchoolRepository schools;
    private final AccessChangeEvents accessChanges;
    private final TenantTransactions transactions;
    private final ObjectMapper mapper;

    public SchoolLifecycleConsumer(KnownSchoolRepository schools, AccessChangeEvents accessChanges,
                                   TenantTransactions transactions, ObjectMapper mapper) {
        this.schools = schools;
        this.accessChanges = accessChanges;
        this.transactions = transactions;
        this.mapper = EventPayloads.tolerant(mapper);
    }

    @Incoming("school-lifecycle")
    public Uni<Void> consume(String payload) {
        return Uni.createFrom().item(() -> EventPayloads.read(mapper, payload, SchoolLifecycleEvent.class,
                        e -> e.schoolId() != null && e.name() != null))
                .chain(event -> Redelivery.retryTransient(transactions.onPlatform(() -> schools.upsert(
                        event.schoolId(), event.name(), event.isActive(), event.schoolVersion())
                        .chain(changed -> changed > 0 && !event.isActive()
                                // every member's tokens for that school end with it
                                ? accessChanges.publish(AccessChangedEvent.SCHOOL_DEACTIVATED, null, event.schoolId(),
                                        UtcClock.now())
                                : Uni.createFrom().voidItem()))))
                .replaceWithVoid();
    }
}
