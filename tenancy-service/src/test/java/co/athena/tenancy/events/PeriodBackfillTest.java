package co.athena.tenancy.events;

import co.athena.shared.events.PeriodChangedEvent;
import co.athena.testing.TestDatabase;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.createYear;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V3 announces the periods that existed before periods were announced: its hand-built payloads hold to the
 * contract. Run in a transaction that is rolled back, so the relay never sees them.
 */
@QuarkusTest
class PeriodBackfillTest {

    private static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theMigrationAnnouncesEveryExistingPeriodAsTheContractSays() throws Exception {
        UUID school = createSchool("Colegio Periodos Antiguos");
        UUID year = createYear(school, "2027", "2027-01-25", "2027-11-30");
        String period = rector(school).body(Map.of("number", 1, "name", "Primer periodo", "starts_on", "2027-01-25",
                "ends_on", "2027-03-31")).post("/api/v1/school-years/" + year + "/periods").then().statusCode(201)
                .extract().path("id");
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                resource("/contracts/" + PeriodChangedEvent.TOPIC + ".schema.json"));
        try (Connection db = TestDatabase.asAdmin()) {
            db.setAutoCommit(false);
            try (Statement statement = db.createStatement()) {
                statement.execute("set local search_path = tenancy");
                statement.execute(resource("/db/migration/V3__announce_periods.sql"));
            }
            try (PreparedStatement query = db.prepareStatement("select payload::text, subject from tenancy.outbox "
                    + "where message_key = ? and payload->>'name' = 'Primer periodo' and topic = ?")) {
                query.setString(1, period);
                query.setString(2, PeriodChangedEvent.TOPIC);
                try (ResultSet rows = query.executeQuery()) {
                    assertTrue(rows.next(), "the existing period was not announced");
                    JsonNode payload = STRICT.readTree(rows.getString(1));
                    Set<ValidationMessage> errors = schema.validate(payload);
                    assertTrue(errors.isEmpty(), errors + " in " + payload);
                    PeriodChangedEvent event = STRICT.treeToValue(payload, PeriodChangedEvent.class);
                    assertEquals(school, event.schoolId());
                    assertEquals(1, event.number());
                    assertEquals("draft", event.status());
                    assertEquals("school-years/" + year + "/periods/1", rows.getString(2));
                }
            } finally {
                db.rollback();
            }
        }
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = PeriodBackfillTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
