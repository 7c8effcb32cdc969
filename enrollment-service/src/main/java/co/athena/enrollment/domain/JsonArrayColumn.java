package co.athena.enrollment.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;

/**
 * A jsonb column holding an array of objects, carried as text: Hibernate Reactive's JSON mapping reads
 * only objects at the top level, so arrays go through text and back (bound as text first: the
 * PostgreSQL client would send a Java string to a jsonb parameter as a JSON string).
 */
public final class JsonArrayColumn {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> ENTRIES = new TypeReference<>() {
    };

    private JsonArrayColumn() {
    }

    public static List<Map<String, Object>> read(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, ENTRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored jsonb array does not parse", e);
        }
    }

    public static String write(List<Map<String, Object>> entries) {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("entries of plain values always serialize", e);
        }
    }
}
