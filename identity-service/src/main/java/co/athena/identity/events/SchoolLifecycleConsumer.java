package co.athena.identity.events;

import co.athena.identity.repository.KnownSchoolRepository;
import co.athena.shared.events.SchoolLifecycleEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import co.athena.persistence.TenantTransactions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the local copy of which schools exist and are active, for the token exchange. Idempotent by
 * version: a redelivered or older event changes nothing. A record that is not a school event goes to
 * the dead-letter topic and consumption goes on.
 */
@ApplicationScoped
public class SchoolLifecycleConsumer {

    private final KnownSchoolRepository schools;
    private final TenantTransactions transactions;
    private final ObjectMapper mapper;

    public SchoolLifecycleConsumer(KnownSchoolRepository schools, TenantTransactions transactions, ObjectMapper mapper) {
        this.schools = schools;
        this.transactions = transactions;
        this.mapper = mapper;
    }

    @Incoming("school-lifecycle")
    public Uni<Void> consume(String payload) {
        SchoolLifecycleEvent event;
        try {
            event = mapper.readValue(payload, SchoolLifecycleEvent.class);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("not a school lifecycle event", e));
        }
        if (event.schoolId() == null || event.name() == null) {
            return Uni.createFrom().failure(new IllegalArgumentException("school lifecycle event without school"));
        }
        return transactions.onPlatform(() -> schools.upsert(event.schoolId(), event.name(), event.isActive(),
                event.schoolVersion())).replaceWithVoid();
    }
}
