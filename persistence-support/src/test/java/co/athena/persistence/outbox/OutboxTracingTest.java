package co.athena.persistence.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trace a request starts goes with its event: stored at append, continued by the publish span, sent on. */
class OutboxTracingTest {

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final OpenTelemetry telemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exported)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    private final OutboxTracing tracing = new OutboxTracing(telemetry, new ObjectMapper());

    @Test
    void thePublishSpanIsAChildOfTheWritingRequestAndItsContextTravelsInTheRecordHeaders() {
        Span request = telemetry.getTracer("test").spanBuilder("POST /transitions").startSpan();
        String stored;
        try (Scope ignored = request.makeCurrent()) {
            stored = tracing.capture();
        }
        request.end();
        OutboxRow row = row(stored);
        ProducerRecord<String, byte[]> record = new OutboxRecords("/test").of(row);

        OutboxTracing.ended(tracing.publishing(row, record.headers()), null);

        SpanData publish = exported.getFinishedSpanItems().get(1);
        assertEquals(request.getSpanContext().getTraceId(), publish.getTraceId());
        assertEquals(request.getSpanContext().getSpanId(), publish.getParentSpanId());
        assertEquals(SpanKind.PRODUCER, publish.getKind());
        assertEquals("athena.test.v1 publish", publish.getName());
        String traceparent = new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertTrue(traceparent.startsWith("00-" + publish.getTraceId() + "-" + publish.getSpanId() + "-"), traceparent);
    }

    @Test
    void nothingIsStoredWhenNoRequestIsTraced() {
        assertNull(tracing.capture());
        assertNull(new OutboxTracing(OpenTelemetry.noop(), new ObjectMapper()).capture());
    }

    private static OutboxRow row(String traceContext) {
        return new OutboxRow(1, UUID.randomUUID(), "athena.test.v1", "key", "co.athena.test.v1", null, "{}",
                OffsetDateTime.now(), traceContext);
    }
}
