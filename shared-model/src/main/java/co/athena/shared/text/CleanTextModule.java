package co.athena.shared.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every JSON string a service reads passes {@link ControlCharacters}: a NUL or another control
 * character anywhere in a request body is a 400 naming the field, before any code sees the value.
 */
@Singleton
public class CleanTextModule implements ObjectMapperCustomizer {

    /** A string that broke the rule; the problem mapping names its field. */
    public static final class ControlCharacterException extends JsonMappingException {
        ControlCharacterException(JsonParser parser, int index) {
            super(parser, "must not contain control characters (found one at position " + (index + 1) + ")");
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("athena-clean-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                int index = value == null ? -1 : ControlCharacters.firstIn(value);
                if (index >= 0) {
                    throw new ControlCharacterException(parser, index);
                }
                return value;
            }
        }));
    }
}
