package co.athena.academic.consumers;

import co.athena.academic.Staff;
import co.athena.shared.events.MembershipChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The staff read model follows identity-service's membership changes on the real broker. */
@QuarkusTest
class MembershipConsumerTest {

    @Test
    void redeliveredAndOlderChangesChangeNothingAndPoisonGoesToTheDeadLetterTopic() throws Exception {
        UUID school = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        Staff.announce(school, user, List.of("teacher"), true, 3);
        String older = Staff.event(school, user, List.of("secretary"), false, 2);
        TopicWriter.send(MembershipChangedEvent.TOPIC, user.toString(), older);
        TopicWriter.send(MembershipChangedEvent.TOPIC, user.toString(), older);
        TopicWriter.send(MembershipChangedEvent.TOPIC, user.toString(), "{not json");
        UUID marker = UUID.randomUUID();
        Staff.announce(school, marker, List.of("teacher"), true, 0);
        assertEquals(1, TestDatabase.count("select count(*) from academic.staff_members where school_id = ? and "
                + "user_id = ? and active and roles = '{teacher}' and membership_version = 3", school, user));
        try (TopicProbe dlq = TopicProbe.of(MembershipChangedEvent.TOPIC + ".dlq")) {
            var poisoned = dlq.await(1, r -> "{not json".equals(r.value()), Duration.ofSeconds(30)).get(0);
            assertEquals(user.toString(), poisoned.key());
        }
    }
}
