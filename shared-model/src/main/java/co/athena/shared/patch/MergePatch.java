package co.athena.shared.patch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * A JSON Merge Patch (RFC 7396) of a {@code T}, as the client sent it ({@code application/merge-patch+json}, or
 * plain JSON): a field absent stays, a field {@code null} is cleared, a value replaces (objects merge). It is read
 * as a {@code T} at the door, so a wrong type, format or unknown field is a 400 naming it before anything runs;
 * {@link MergePatches} applies it to the current values.
 */
@JsonDeserialize(using = MergePatch.Reader.class)
public final class MergePatch<T> {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectNode document;
    private final T given;

    MergePatch(ObjectNode document, T given) {
        this.document = document;
        this.given = given;
    }

    /** The values this patch sets; null for a field it leaves alone or clears. */
    public T given() {
        return given;
    }

    /** Whether the patch names this JSON field at all, a {@code null} included. */
    public boolean touches(String field) {
        return document.has(field);
    }

    ObjectNode document() {
        return document;
    }

    /** Reads the body as an object, and that object as the {@code T} it patches. */
    static final class Reader extends JsonDeserializer<MergePatch<?>> implements ContextualDeserializer {

        private final JavaType valueType;

        Reader() {
            this(null);
        }

        private Reader(JavaType valueType) {
            this.valueType = valueType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            return new Reader(type.containedTypeOrUnknown(0));
        }

        @Override
        public MergePatch<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ObjectNode document = context.readValue(parser, ObjectNode.class);
            return new MergePatch<>(document, context.readTreeAsValue(document, valueType));
        }
    }
}
