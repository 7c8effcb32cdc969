package co.athena.suite.proof;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A collector in the test process: the services export their spans here over OTLP/HTTP (protobuf), as they
 * would to any collector. It keeps the spans of the traces a test watches and drops the rest, so a whole proof
 * run's traffic costs no memory.
 */
public final class OtlpReceiver implements AutoCloseable {

    /** A span as received: the exporting service, its ids, and every attribute of the span and of its events. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                               Span.SpanKind kind, Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Map<String, List<ReceivedSpan>> traces = new ConcurrentHashMap<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", receiver::export);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("no port for the OTLP receiver", e);
        }
    }

    /** What a service is given as ATHENA_OTLP_ENDPOINT. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void watch(String traceId) {
        watched.add(traceId);
    }

    public List<ReceivedSpan> trace(String traceId) {
        return List.copyOf(traces.getOrDefault(traceId, List.of()));
    }

    private void export(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            keep(ExportTraceServiceRequest.parseFrom(body));
        }
        byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
        exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private void keep(ExportTraceServiceRequest request) {
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = attributes(resource.getResource()).getOrDefault("service.name", "?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    String traceId = hex(span.getTraceId().toByteArray());
                    if (watched.contains(traceId)) {
                        traces.computeIfAbsent(traceId, id -> new CopyOnWriteArrayList<>())
                                .add(received(service, traceId, span));
                    }
                }
            }
        }
    }

    private static ReceivedSpan received(String service, String traceId, Span span) {
        Map<String, String> attributes = new LinkedHashMap<>(values(span.getAttributesList()));
        span.getEventsList().forEach(event -> values(event.getAttributesList())
                .forEach((key, value) -> attributes.put("event." + event.getName() + "." + key, value)));
        return new ReceivedSpan(service, traceId, hex(span.getSpanId().toByteArray()),
                hex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind(), attributes);
    }

    private static Map<String, String> attributes(Resource resource) {
        return values(resource.getAttributesList());
    }

    private static Map<String, String> values(List<KeyValue> keyValues) {
        Map<String, String> values = new LinkedHashMap<>();
        keyValues.forEach(kv -> values.put(kv.getKey(), text(kv.getValue())));
        return values;
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
        };
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
