package co.athena.academic;

import co.athena.shared.events.MembershipChangedEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicWriter;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A school's staff as identity-service announces it, on the real broker, applied once academic-service has it. */
public final class Staff {

    private Staff() {
    }

    public static String event(UUID school, UUID user, List<String> roles, boolean active, long version) {
        return """
                {"event_id":"%s","membership_id":"%s","school_id":"%s","user_id":"%s","roles":[%s],"active":%s,
                 "membership_version":%d,"occurred_at":"2026-11-30T10:00:00Z"}""".formatted(UUID.randomUUID(),
                UUID.nameUUIDFromBytes((school + "/" + user).getBytes()), school, user,
                String.join(",", roles.stream().map(r -> "\"" + r + "\"").toList()), active, version);
    }

    /** Announces the membership and waits until academic-service applied this version. */
    public static void announce(UUID school, UUID user, List<String> roles, boolean active, long version) throws Exception {
        TopicWriter.send(MembershipChangedEvent.TOPIC, user.toString(), event(school, user, roles, active, version));
        Awaitility.await("membership of " + user + " v" + version).atMost(Duration.ofSeconds(30)).until(() ->
                TestDatabase.count("select count(*) from academic.staff_members where school_id = ? and user_id = ? "
                        + "and membership_version = ?", school, user, version) == 1);
    }

    /** A new active teacher of the school. */
    public static UUID teacher(UUID school) throws Exception {
        UUID teacher = UUID.randomUUID();
        announce(school, teacher, List.of("teacher"), true, 0);
        return teacher;
    }
}
