package co.athena.tenancy.events;

import co.athena.shared.events.CloudEventHeaders;
import co.athena.shared.events.SchoolLifecycleEvent;
import co.athena.testing.AthenaTestInfrastructure;
import co.athena.testing.TestTokens;
import co.athena.testing.TopicProbe;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static co.athena.testing.TopicProbe.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox on the real broker: what reaches the topic, and that a Kafka outage loses nothing. */
@QuarkusTest
class SchoolLifecycleEventsTest {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry metrics;

    @Test
    void aCreatedSchoolReachesTheTopicAsACloudEvent() {
        UUID school = createSchool("Colegio Eventos");
        try (TopicProbe probe = TopicProbe.of(SchoolLifecycleEvent.TOPIC)) {
            ConsumerRecord<String, String> record = probe.await(1, r -> school.toString().equals(r.key()),
                    Duration.ofSeconds(30)).get(0);
            JsonPath payload = JsonPath.from(record.value());
            assertEquals(school.toString(), payload.getString("school_id"));
            assertEquals("created", payload.getString("change"));
            assertEquals("Colegio Eventos", payload.getString("name"));
            assertEquals(0, payload.getInt("school_version"));
            assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals(payload.getString("event_id"), header(record, CloudEventHeaders.ID));
            assertEquals(SchoolLifecycleEvent.TYPE, header(record, CloudEventHeaders.TYPE));
            assertEquals("/athena/tenancy-service", header(record, CloudEventHeaders.SOURCE));
            assertEquals("schools/" + school, header(record, CloudEventHeaders.SUBJECT));
            assertEquals("application/json", header(record, CloudEventHeaders.CONTENT_TYPE));
            assertNotNull(Instant.parse(header(record, CloudEventHeaders.TIME)));
        }
    }

    @Test
    void withKafkaStoppedWritesSucceedAndEveryEventArrivesAfterwardsInOrder() {
        var kafka = AthenaTestInfrastructure.infrastructure().kafkaComponent();
        List<UUID> created = new ArrayList<>();
        UUID changing;
        kafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                created.add(createSchool("Colegio Sin Kafka " + i));
            }
            changing = created.get(0);
            for (String city : List.of("Tunja", "Pasto", "Neiva")) {
                RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.superadmin())
                        .body(Map.of("city", city)).patch("/api/v1/schools/" + changing).then().statusCode(200);
            }
        } finally {
            kafka.start();
        }
        try (TopicProbe probe = TopicProbe.of(SchoolLifecycleEvent.TOPIC)) {
            for (UUID school : created) {
                probe.await(1, r -> school.toString().equals(r.key()), Duration.ofSeconds(90));
            }
            List<ConsumerRecord<String, String>> ofOne = probe.await(4, r -> changing.toString().equals(r.key()),
                    Duration.ofSeconds(30));
            List<Integer> versions = ofOne.stream().map(r -> JsonPath.from(r.value()).getInt("school_version")).toList();
            assertEquals(List.of(0, 1, 2, 3), versions.subList(0, 4), "events of one school keep their order");
            assertTrue(ofOne.stream().map(r -> header(r, CloudEventHeaders.ID)).distinct().count() >= 4);
        }
    }

    /**
     * After a failed round the relay's connection goes back to the pool, still open. Here the test takes
     * that connection and holds it, so the relay must lead again from another one: it can only if it
     * released its session's advisory lock when it stepped down (before, it never led again).
     */
    @Test
    void aRelayThatFailedLeadsAgainFromAnotherConnection() throws Exception {
        var kafka = AthenaTestInfrastructure.infrastructure().kafkaComponent();
        Counter failures = metrics.counter("athena.outbox.publish.failures");
        double failedBefore = failures.count();
        UUID school;
        kafka.stop();
        try {
            school = createSchool("Colegio Tras La Falla");
            await("the relay to fail with Kafka stopped").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(5)).until(() -> failures.count() > failedBefore);
        } catch (RuntimeException | AssertionError e) {
            kafka.start();
            throw e;
        }
        try (Connection relaysLast = dataSource.getConnection();
             TopicProbe probe = TopicProbe.of(SchoolLifecycleEvent.TOPIC)) {
            kafka.start();
            probe.await(1, r -> school.toString().equals(r.key()), Duration.ofSeconds(90));
        }
    }

    /**
     * A crash between commit and send leaves the event committed but unsent; whichever relay leads
     * next publishes it. Simulated by committing an outbox row directly, as a dead instance left it.
     */
    @Test
    void aCommittedButUnsentEventIsPublishedAfterACrash() throws Exception {
        UUID eventId = UUID.randomUUID();
        UUID school = UUID.randomUUID();
        try (var connection = co.athena.testing.TestDatabase.asAdmin();
             var insert = connection.prepareStatement("""
                     insert into tenancy.outbox (event_id, topic, message_key, event_type, subject, payload, occurred_at)
                     values (?, ?, ?, ?, ?, cast(? as jsonb), now())""")) {
            insert.setObject(1, eventId);
            insert.setString(2, SchoolLifecycleEvent.TOPIC + AthenaTestInfrastructure.topicSuffix());
            insert.setString(3, school.toString());
            insert.setString(4, SchoolLifecycleEvent.TYPE);
            insert.setString(5, "schools/" + school);
            insert.setString(6, "{\"event_id\":\"" + eventId + "\",\"school_id\":\"" + school + "\"}");
            insert.executeUpdate();
        }
        try (TopicProbe probe = TopicProbe.of(SchoolLifecycleEvent.TOPIC)) {
            ConsumerRecord<String, String> record = probe.await(1, r -> school.toString().equals(r.key()),
                    Duration.ofSeconds(30)).get(0);
            assertEquals(eventId.toString(), header(record, CloudEventHeaders.ID));
        }
        assertEquals(0, co.athena.testing.TestDatabase.count(
                "select count(*) from tenancy.outbox where event_id = ? and sent_at is null", eventId));
    }

    private static UUID createSchool(String name) {
        return UUID.fromString(RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.superadmin())
                .body(Map.of("name", name)).post("/api/v1/schools").then().statusCode(201).extract().path("id"));
    }
}
