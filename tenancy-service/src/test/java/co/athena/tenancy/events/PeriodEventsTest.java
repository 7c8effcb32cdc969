package co.athena.tenancy.events;

import co.athena.shared.events.CloudEventHeaders;
import co.athena.shared.events.PeriodChangedEvent;
import co.athena.testing.TopicProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.createYear;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every change of an academic period is announced as the period then stands, in version order, deletion included. */
@QuarkusTest
class PeriodEventsTest {

    @Test
    void aPeriodsCreationChangesStatusesAndDeletionAreAnnouncedInOrder() {
        UUID school = createSchool("Colegio Periodos Anunciados");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        String base = "/api/v1/school-years/" + year + "/periods";
        try (TopicProbe probe = TopicProbe.of(PeriodChangedEvent.TOPIC)) {
            String first = rector(school).body(Map.of("number", 1, "name", "Periodo 1", "starts_on", "2027-01-25",
                    "ends_on", "2027-03-31")).post(base).then().statusCode(201).extract().path("id");
            rector(school).header("If-Match", "\"0\"").body(Map.of("ends_on", "2027-03-30")).patch(base + "/1").then()
                    .statusCode(200);
            rector(school).body(Map.of("to", "open")).post(base + "/1/transitions").then().statusCode(200);
            rector(school).body(Map.of("to", "published")).post(base + "/1/transitions").then().statusCode(409);
            String second = rector(school).body(Map.of("number", 2, "name", "Periodo 2", "starts_on", "2027-04-01",
                    "ends_on", "2027-06-15")).post(base).then().statusCode(201).extract().path("id");
            rector(school).delete(base + "/2").then().statusCode(204);

            List<JsonPath> ofFirst = probe.await(3, r -> first.equals(r.key()), Duration.ofSeconds(30)).stream()
                    .map(r -> JsonPath.from(r.value())).toList();
            assertEquals(List.of(0, 1, 2), ofFirst.stream().map(e -> e.getInt("period_version")).toList());
            assertEquals(List.of("draft", "draft", "open"), ofFirst.stream().map(e -> e.getString("status")).toList());
            assertEquals("2027-03-30", ofFirst.get(1).getString("ends_on"));
            assertEquals(year.toString(), ofFirst.get(0).getString("school_year_id"));
            assertEquals(school.toString(), ofFirst.get(0).getString("school_id"));

            List<ConsumerRecord<String, String>> ofSecond = probe.await(2, r -> second.equals(r.key()),
                    Duration.ofSeconds(30));
            JsonPath deleted = JsonPath.from(ofSecond.get(1).value());
            assertEquals(true, deleted.getBoolean("deleted"));
            assertEquals(1, deleted.getInt("period_version"));
            assertEquals(PeriodChangedEvent.TYPE, TopicProbe.header(ofSecond.get(1), CloudEventHeaders.TYPE));
            assertEquals("school-years/" + year + "/periods/2", TopicProbe.header(ofSecond.get(1),
                    CloudEventHeaders.SUBJECT));
        }
    }
}
