package co.athena.persistence.outbox;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A stop ends the outbox relay at once, even while its leader waits for a NOTIFY (here up to five minutes, the
 * fallback poll): the relay's stop waits for it at most 10 s, so a leader still waiting afterwards keeps its lock.
 * In this package because the relay's lifecycle observers are its own.
 */
@QuarkusTest
@TestProfile(OutboxRelayStopTest.LongPoll.class)
class OutboxRelayStopTest {

    public static class LongPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("athena.outbox.poll-interval", "PT5M");
        }
    }

    /** The session advisory lock of tenancy's relay leader (RelayLeadership's two keys, as pg_locks shows them). */
    private static final String LEADING = """
            select count(*) from pg_locks where locktype = 'advisory' and granted and objsubid = 2
               and classid::bigint = (hashtext('athena-outbox')::bigint + 4294967296) % 4294967296
               and objid::bigint = (hashtext('tenancy')::bigint + 4294967296) % 4294967296""";

    @Inject
    OutboxRelay relay;

    @Test
    void aStopEndsTheLeadersWaitForANotificationAndGivesUpItsLead() throws Exception {
        await("the relay leads").atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(LEADING) == 1);
        try {
            relay.stop(null);
            assertEquals(0, TestDatabase.count(LEADING), "the leader stepped down before the stop returned");
        } finally {
            relay.start(null);
        }
    }
}
