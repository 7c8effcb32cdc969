package co.athena.identity.service;

import co.athena.identity.events.AccessChangeEvents;
import co.athena.identity.repository.KnownSchoolRepository;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.AccessChangedEvent;
import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The local copy of which schools exist and are active, for the token exchange. Idempotent by version:
 * a redelivered or older event changes nothing. A deactivation is announced as an access change for
 * all the school's tokens.
 */
@ApplicationScoped
public class KnownSchools {

    private final KnownSchoolRepository schools;
    private final AccessChangeEvents accessChanges;
    private final TenantTransactions transactions;

    public KnownSchools(KnownSchoolRepository schools, AccessChangeEvents accessChanges, TenantTransactions transactions) {
        this.schools = schools;
        this.accessChanges = accessChanges;
        this.transactions = transactions;
    }

    public Uni<Void> follow(SchoolLifecycleEvent event) {
        return transactions.onPlatform(() -> schools.upsert(event.schoolId(), event.name(), event.isActive(),
                        event.schoolVersion())
                .chain(changed -> changed > 0 && !event.isActive()
                        // every member's tokens for that school end with it
                        ? accessChanges.publish(AccessChangedEvent.SCHOOL_DEACTIVATED, null, event.schoolId(), UtcClock.now())
                        : Uni.createFrom().voidItem()));
    }
}
