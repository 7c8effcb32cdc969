package co.athena.academic;

import co.athena.shared.events.PeriodChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicWriter;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Academic periods as tenancy-service announces them, on the real broker. */
public final class Periods {

    private Periods() {
    }

    public static String event(UUID school, UUID year, UUID period, int number, LocalDate startsOn, LocalDate endsOn,
                               String status, boolean deleted, long version) {
        return """
                {"event_id":"%s","school_id":"%s","school_year_id":"%s","period_id":"%s","number":%d,
                 "name":"Periodo %d","starts_on":"%s","ends_on":"%s","status":"%s","deleted":%s,
                 "period_version":%d,"occurred_at":"2026-11-30T10:00:00Z"}""".formatted(UUID.randomUUID(), school,
                year, period, number, number, startsOn, endsOn, status, deleted, version);
    }

    public static void send(UUID period, String event) {
        TopicWriter.send(PeriodChangedEvent.TOPIC, period.toString(), event);
    }

    /** Announces an open period and waits until academic-service holds it. */
    public static UUID open(UUID school, UUID year, int number, LocalDate startsOn, LocalDate endsOn) {
        UUID period = UUID.randomUUID();
        send(period, event(school, year, period, number, startsOn, endsOn, "open", false, 1));
        awaitVersion(period, 1);
        return period;
    }

    public static void awaitVersion(UUID period, long version) {
        Awaitility.await("period " + period + " v" + version).atMost(Duration.ofSeconds(30)).until(() ->
                TestDatabase.count("select count(*) from academic.academic_periods where id = ? and period_version = ?",
                        period, version) == 1);
    }
}
