package co.athena.shared.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a consumed record into its contract. Fields a newer producer added are ignored (a compatible
 * change must not break an older consumer); a record that is not the contract, or lacks what the
 * consumer needs, fails with {@link IllegalArgumentException} so that it goes to the dead-letter topic.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    public static ObjectMapper tolerant(ObjectMapper mapper) {
        return mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static <T extends ConsumedEvent> T read(ObjectMapper tolerant, String payload, Class<T> contract) {
        T event;
        try {
            event = tolerant.readValue(payload, contract);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a " + contract.getSimpleName() + ": " + e.getMessage(), e);
        }
        if (event == null || !event.hasRequiredFields()) {
            throw new IllegalArgumentException(contract.getSimpleName() + " lacks required fields");
        }
        return event;
    }
}
