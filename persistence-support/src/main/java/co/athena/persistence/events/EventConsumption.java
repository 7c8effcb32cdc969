package co.athena.persistence.events;

import co.athena.shared.events.ConsumedEvent;
import co.athena.shared.events.EventPayloads;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Function;

/**
 * The one way a service consumes a contract: the record is read (fields a newer producer added are
 * ignored), the reaction runs, a passing failure is retried ({@link Redelivery}), and a record that is
 * not the contract or lacks its required fields fails at once, so it goes to the topic's dead-letter queue.
 */
@ApplicationScoped
public class EventConsumption {

    private final ObjectMapper tolerant;

    public EventConsumption(ObjectMapper mapper) {
        this.tolerant = EventPayloads.tolerant(mapper);
    }

    public <E extends ConsumedEvent> Uni<Void> react(String payload, Class<E> contract, Function<E, Uni<Void>> reaction) {
        return Uni.createFrom().item(() -> EventPayloads.read(tolerant, payload, contract))
                .chain(event -> Redelivery.retryTransient(Uni.createFrom().deferred(() -> reaction.apply(event))));
    }
}
