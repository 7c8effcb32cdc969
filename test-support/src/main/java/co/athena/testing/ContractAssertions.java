package co.athena.testing;

import co.athena.shared.events.EventContract;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/** Holds an event as it left a service to its contract: valid against the schema, the golden sample's fields. */
public final class ContractAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractAssertions() {
    }

    public static void assertMatchesContract(EventContract contract, String payload) {
        try {
            JsonNode event = JSON.readTree(payload);
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(resource(contract.schemaResource())).validate(event);
            if (!errors.isEmpty()) {
                throw new AssertionError(contract.topic() + " event breaks its schema: " + errors + "\n" + payload);
            }
            Set<String> expected = fields(resource(contract.sampleResource()));
            Set<String> actual = fields(event);
            if (!expected.equals(actual)) {
                throw new AssertionError(contract.topic() + " event fields " + actual + " differ from the golden sample's "
                        + expected);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode resource(String name) throws IOException {
        try (InputStream in = EventContract.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return JSON.readTree(in);
        }
    }
}
