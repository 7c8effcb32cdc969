package co.athena.shared.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * A record kept in a jsonb column as the API writes it (snake_case, unset fields left out); reading tolerates
 * fields a newer version wrote.
 */
public final class StoredJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };

    private StoredJson() {
    }

    /**
     * The value as plain JSON types (strings, Integer/Long, Double, lists, maps): what Hibernate reads back, so that
     * its dirty check sees no change where there is none (a BigDecimal kept as such would differ from the Double it
     * reads, and every flush would write the row again).
     */
    public static Map<String, Object> of(Object value) {
        if (value == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(JSON.writeValueAsString(value), OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not storable as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    public static <T> T read(Map<String, Object> stored, Class<T> type) {
        return stored == null || stored.isEmpty() ? null : JSON.convertValue(stored, type);
    }

    /**
     * A list as the text of a jsonb array. Hibernate Reactive's JSON mapping reads only objects at the top level, so
     * an array column is carried as text, cast by its entity both ways ({@code cast(cast(? as text) as jsonb)}: the
     * PostgreSQL client would send a Java string to a jsonb parameter as a JSON string).
     */
    public static String arrayOf(List<?> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not storable as JSON: a list", e);
        }
    }

    public static <T> List<T> readArray(String stored, Class<T> type) {
        return readArray(stored, JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** A stored array of plain objects, as maps. */
    public static List<Map<String, Object>> readObjects(String stored) {
        return readArray(stored, JSON.getTypeFactory().constructType(new TypeReference<List<Map<String, Object>>>() {
        }));
    }

    private static <T> List<T> readArray(String stored, JavaType type) {
        try {
            return stored == null ? List.of() : JSON.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a stored JSON array of " + type, e);
        }
    }
}
