package co.athena.persistence.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries a request's trace across the outbox. Hand-written: no instrumentation knows our outbox. The
 * writing transaction stores its trace context (W3C {@code traceparent}) with the event; the relay's publish
 * span continues it and hands its own context on in the Kafka record's headers, where each consumer's span
 * (SmallRye's Kafka instrumentation) takes it up. With tracing off nothing is stored and the spans are no-ops.
 */
@ApplicationScoped
public class OutboxTracing {

    private static final TypeReference<Map<String, String>> CARRIER = new TypeReference<>() {
    };
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;
    private final TextMapPropagator propagator;
    private final ObjectMapper mapper;

    public OutboxTracing(OpenTelemetry telemetry, ObjectMapper mapper) {
        this.tracer = telemetry.getTracer("co.athena.outbox");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
        this.mapper = mapper;
    }

    /** The caller's trace context as JSON to store with its events; null when nothing is traced. */
    String capture() {
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        if (carrier.isEmpty()) {
            return null;
        }
        try {
            return mapper.writeValueAsString(carrier);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a trace context is a map of strings", e);
        }
    }

    /** Starts the row's publish span, a child of the stored context, and puts its context in the headers. */
    Span publishing(OutboxRow row, Headers headers) {
        Span span = tracer.spanBuilder(row.topic() + " publish")
                .setParent(propagator.extract(Context.root(), stored(row), FROM_MAP))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", row.topic())
                .setAttribute("messaging.message.id", row.eventId().toString())
                .startSpan();
        propagator.inject(Context.root().with(span), headers, (target, key, value) -> {
            target.remove(key);
            target.add(new RecordHeader(key, value.getBytes(StandardCharsets.UTF_8)));
        });
        return span;
    }

    /** Ends a publish span when Kafka acknowledged the record or did not take it. */
    static void ended(Span span, Exception failure) {
        if (failure != null) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
        }
        span.end();
    }

    private Map<String, String> stored(OutboxRow row) {
        if (row.traceContext() == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(row.traceContext(), CARRIER);
        } catch (JsonProcessingException e) {
            return Map.of(); // the event still goes out, in a trace of its own
        }
    }
}
