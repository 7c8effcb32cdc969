package co.athena.identity.rest;

import co.athena.shared.events.EventContract;
import co.athena.shared.events.MembershipChangedEvent;
import co.athena.shared.security.Roles;
import co.athena.testing.ContractAssertions;
import co.athena.testing.TopicProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.identity.rest.IdentityApi.member;
import static co.athena.identity.rest.IdentityApi.school;
import static co.athena.identity.rest.IdentityApi.superadminIn;
import static co.athena.identity.rest.IdentityApi.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every membership change is published as the membership stands, by the contract, with rising versions. */
@QuarkusTest
class MembershipEventsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aGrantARoleChangeAndADeactivationArePublishedInVersionOrder() throws Exception {
        UUID school = school();
        UUID teacher = user("Docente Publicada");
        try (TopicProbe probe = TopicProbe.of(MembershipChangedEvent.TOPIC)) {
            UUID membership = member(school, teacher, Roles.TEACHER);
            superadminIn(school).header("If-Match", "\"0\"")
                    .body(Map.of("roles", List.of(Roles.TEACHER, Roles.COORDINATOR)))
                    .patch("/api/v1/memberships/" + membership).then().statusCode(200);
            superadminIn(school).delete("/api/v1/memberships/" + membership).then().statusCode(200);

            List<ConsumerRecord<String, String>> records = probe.await(3, r -> teacher.toString().equals(r.key()), BOUND);
            EventContract contract = EventContract.ALL.stream()
                    .filter(c -> c.topic().equals(MembershipChangedEvent.TOPIC)).findFirst().orElseThrow();
            for (ConsumerRecord<String, String> record : records) {
                ContractAssertions.assertMatchesContract(contract, record.value());
                assertEquals(MembershipChangedEvent.TYPE, TopicProbe.header(record, "ce_type"));
            }
            List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
            assertEquals(List.of(0L, 1L, 2L), events.stream().map(e -> e.path("membership_version").asLong()).toList());
            assertEquals(List.of("[\"teacher\"]", "[\"teacher\",\"coordinator\"]", "[\"teacher\",\"coordinator\"]"),
                    events.stream().map(e -> e.path("roles").toString()).toList());
            assertEquals(List.of(true, true, false), events.stream().map(e -> e.path("active").asBoolean()).toList());
            assertEquals(school.toString(), events.get(0).path("school_id").asText());
            assertEquals(membership.toString(), events.get(0).path("membership_id").asText());
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
