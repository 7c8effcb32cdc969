package co.athena.shared;

import co.athena.shared.events.ConsumedEvent;
import co.athena.shared.events.EventContract;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds every event contract to its golden sample: the sample is what existing consumers parse, so a
 * record or schema change that drops, renames or retypes a field fails here.
 */
class EventContractsTest {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @TestFactory
    Stream<DynamicTest> everyContractKeepsItsGoldenSample() {
        return EventContract.ALL.stream().flatMap(contract -> Stream.of(
                DynamicTest.dynamicTest(contract.topic() + ": sample valid against schema", () -> {
                    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(read(contract.schemaResource()));
                    Set<ValidationMessage> errors = schema.validate(read(contract.sampleResource()));
                    assertTrue(errors.isEmpty(), errors.toString());
                }),
                DynamicTest.dynamicTest(contract.topic() + ": record reads and writes the sample unchanged", () -> {
                    JsonNode sample = read(contract.sampleResource());
                    Object payload = STRICT.treeToValue(sample, contract.payload());
                    assertEquals(sample, STRICT.readTree(STRICT.writeValueAsString(payload)));
                }),
                DynamicTest.dynamicTest(contract.topic() + ": schema requires only fields the record has", () -> {
                    JsonNode written = STRICT.readTree(STRICT.writeValueAsString(STRICT.treeToValue(
                            read(contract.sampleResource()), contract.payload())));
                    for (Iterator<JsonNode> it = read(contract.schemaResource()).get("required").elements(); it.hasNext(); ) {
                        String field = it.next().asText();
                        assertTrue(written.has(field), contract.topic() + " record lost required field " + field);
                    }
                }),
                DynamicTest.dynamicTest(contract.topic() + ": consumers take the sample, and without event_id refuse it", () -> {
                    ObjectNode sample = (ObjectNode) read(contract.sampleResource());
                    assertTrue(consumed(sample, contract).hasRequiredFields(), "the golden sample");
                    sample.remove("event_id");
                    assertFalse(consumed(sample, contract).hasRequiredFields(), "a record without event_id");
                })));
    }

    private static ConsumedEvent consumed(JsonNode json, EventContract contract) throws IOException {
        return (ConsumedEvent) STRICT.treeToValue(json, contract.payload());
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EventContract.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            return STRICT.readTree(in);
        }
    }
}
