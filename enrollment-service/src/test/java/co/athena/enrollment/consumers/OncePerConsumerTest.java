package co.athena.enrollment.consumers;

import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.shared.ids.UuidV7;
import co.athena.testing.OnVertx;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Consumer idempotency is per consumer: two consumers of one event in one service each apply it once
 * (the record of it is keyed by consumer and event, not by event alone).
 */
@QuarkusTest
class OncePerConsumerTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void eachConsumerOfAnEventAppliesItOnceAndOnlyOnce() throws Exception {
        StudentLifecycleEvent event = new StudentLifecycleEvent(UuidV7.next(), StudentLifecycleEvent.DEACTIVATED,
                UuidV7.next(), UuidV7.next(), null, Instant.now(), 2);
        List<String> applied = new ArrayList<>();

        for (String consumer : List.of("first-consumer", "second-consumer", "first-consumer", "second-consumer")) {
            OnVertx.await(() -> processed.once(consumer, event, () -> {
                applied.add(consumer);
                return Uni.createFrom().voidItem();
            }));
        }

        assertEquals(List.of("first-consumer", "second-consumer"), applied);
        assertEquals(2, TestDatabase.count("select count(*) from enrollment.processed_events where event_id = ?",
                event.eventId()));
    }
}
