package co.athena.shared.patch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsonp.JSONPModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;

import java.util.Set;

/**
 * Applies a {@link MergePatch} to the current values with Jakarta JSON-P's own RFC 7396 merge (not hand-written),
 * then checks the result as a whole: the constraints on every value and {@link Merged} ones (required fields).
 */
@ApplicationScoped
public class MergePatches {

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatches(ObjectMapper mapper, Validator validator) {
        this.json = mapper.copy().registerModule(new JSONPModule());
        this.validator = validator;
    }

    /** The values after the patch; a 400 naming each field if they break a rule. Equal to current if nothing changes. */
    public <T> T apply(MergePatch<T> patch, T current) {
        JsonValue target = json.convertValue(current, JsonValue.class);
        JsonValue patched = Json.createMergePatch(json.convertValue(patch.document(), JsonValue.class)).apply(target);
        @SuppressWarnings("unchecked")
        T merged = (T) json.convertValue(patched, current.getClass());
        Set<ConstraintViolation<T>> violations = validator.validate(merged, Default.class, Merged.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }
}
