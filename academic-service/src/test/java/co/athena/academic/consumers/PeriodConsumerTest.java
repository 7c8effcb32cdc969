package co.athena.academic.consumers;

import co.athena.academic.Periods;
import co.athena.shared.events.PeriodChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Periods follow tenancy-service's announcements on the real broker: idempotent, version-aware, poison-tolerant. */
@QuarkusTest
class PeriodConsumerTest {

    private final UUID school = UUID.randomUUID();
    private final UUID year = UUID.randomUUID();
    private final LocalDate from = LocalDate.parse("2027-02-01");

    @Test
    void aPeriodIsKeptAsItLastStoodAndAnOlderChangeNeverRollsItBack() throws Exception {
        UUID period = Periods.open(school, year, 1, from, from.plusDays(60));
        Periods.send(period, Periods.event(school, year, period, 1, from, from.plusDays(70), "closed", false, 2));
        String older = Periods.event(school, year, period, 1, from, from.plusDays(60), "open", false, 1);
        Periods.send(period, older);
        Periods.send(period, older);
        UUID olderId = UUID.fromString(new ObjectMapper().readTree(older).path("event_id").asText());
        Awaitility.await("the older change consumed").atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(
                "select count(*) from academic.processed_events where event_id = ?", olderId) == 1);
        assertEquals(1, TestDatabase.count("select count(*) from academic.academic_periods where id = ? "
                + "and status = 'closed' and ends_on = ? and period_version = 2", period, from.plusDays(70)));
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void aRecordThatIsNotAPeriodGoesToTheDeadLetterQueueAndIsCounted() {
        double before = deadLettered();
        try (TopicProbe dlq = TopicProbe.of(PeriodChangedEvent.TOPIC + ".dlq")) {
            Periods.send(UUID.randomUUID(), "{\"school_id\": \"" + school + "\", \"not\": \"a period\"}");
            dlq.await(1, r -> r.value().contains(school.toString()), Duration.ofSeconds(30));
        }
        assertEquals(before + 1, deadLettered());
    }

    private double deadLettered() {
        return metrics.counter("athena.events.consumed", "event", "PeriodChangedEvent", "outcome", "dead_lettered")
                .count();
    }
}
