package co.athena.persistence.events;

import co.athena.shared.events.ConsumedEvent;
import co.athena.shared.events.EventPayloads;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final MeterRegistry metrics;

    public EventConsumption(ObjectMapper mapper, MeterRegistry metrics) {
        this.tolerant = EventPayloads.tolerant(mapper);
        this.metrics = metrics;
    }

    /**
     * Counted per contract: {@code athena.events.consumed} with {@code outcome} {@code applied} (a redelivered
     * duplicate too: its effect is skipped, the record is done) or {@code dead_lettered}, and
     * {@code athena.events.retried} for each failed attempt retried.
     */
    public <E extends ConsumedEvent> Uni<Void> react(String payload, Class<E> contract, Function<E, Uni<Void>> reaction) {
        String event = contract.getSimpleName();
        // looked up (and so exposed, at 0) with the first record, not the first retry: a rate needs its zero
        Counter retried = metrics.counter("athena.events.retried", "event", event);
        return Uni.createFrom().item(() -> EventPayloads.read(tolerant, payload, contract))
                .chain(read -> Redelivery.retryTransient(Uni.createFrom().deferred(() -> reaction.apply(read)),
                        retried::increment))
                .invoke(() -> consumed(event, "applied"))
                .onFailure().invoke(failure -> consumed(event, "dead_lettered"));
    }

    private void consumed(String event, String outcome) {
        metrics.counter("athena.events.consumed", "event", event, "outcome", outcome).increment();
    }
}
