package co.athena.persistence.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.quarkus.opentelemetry.runtime.tracing.instrumentation.vertx.OpenTelemetryVertxTracingFactory.VertxDelegator;
import io.vertx.core.spi.tracing.SpanKind;
import io.vertx.core.spi.tracing.TagExtractor;
import io.vertx.core.spi.tracing.VertxTracer;
import io.vertx.core.tracing.TracingPolicy;
import io.quarkus.opentelemetry.runtime.QuarkusContextStorage;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.observability.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpansOnlyForKeptTracesTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";

    private static Vertx vertx;

    private final SpansOnlyForKeptTraces shortcut = withRatio(0.5);
    private final RecordingTracer quarkus = new RecordingTracer();
    private final VertxTracer<Object, Object> tracer = shortcut.decorate(quarkus);

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sampled   | 0 | true
            unsampled | 1 | false
            """)
    void aRequestKeepsTheDecisionOfTheCallersTraceWhateverTheRatio(String brought, double ratio, boolean spanned) {
        VertxTracer<Object, Object> door = withRatio(ratio).decorate(quarkus);
        io.vertx.core.Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());

        door.receiveRequest(request, SpanKind.RPC, TracingPolicy.PROPAGATE, new Request(),
                "GET", List.of(Map.entry("Traceparent", traceparent(brought))), TagExtractor.empty());

        assertEquals(spanned ? List.of("receiveRequest GET /api/v1/students/1") : List.of(), quarkus.calls);
        if (!spanned) {
            SpanContext attached = Span.fromContext(QuarkusContextStorage.getOtelContext(request)).getSpanContext();
            assertEquals(TRACE, attached.getTraceId(), "its log lines and its calls carry the caller's trace");
            assertFalse(attached.isSampled());
        }
    }

    @ParameterizedTest
    @CsvSource({"0, false", "1, true"})
    void aRequestThatBringsNoTraceIsDecidedAtTheDoor(double ratio, boolean spanned) {
        VertxTracer<Object, Object> door = withRatio(ratio).decorate(quarkus);
        io.vertx.core.Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());

        Object operation = door.receiveRequest(request, SpanKind.RPC, TracingPolicy.PROPAGATE, new Request(),
                "GET", List.of(), TagExtractor.empty());

        assertEquals(spanned ? List.of("receiveRequest GET /api/v1/students/1") : List.of(), quarkus.calls);
        if (!spanned) {
            SpanContext attached = Span.fromContext(QuarkusContextStorage.getOtelContext(request)).getSpanContext();
            assertTrue(attached.isValid(), "a trace id for its log lines");
            assertFalse(attached.isSampled(), "whatever it calls keeps nothing either");
            door.sendResponse(request, "200", operation, null, TagExtractor.empty());
            assertEquals(List.of(), quarkus.calls, "no span to end");
            assertNull(QuarkusContextStorage.getOtelContext(request), "its context ends with it");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            none      | PROPAGATE | true
            sampled   | PROPAGATE | true
            sampled   | ALWAYS    | true
            unsampled | PROPAGATE | false
            unsampled | ALWAYS    | false
            unsampled | IGNORE    | true
            """)
    void aClientCallGetsASpanOnlyUnderATraceThatIsKept(String parent, TracingPolicy policy, boolean spanned) {
        try (Scope ignored = parent(parent).makeCurrent()) {
            Object operation = tracer.sendRequest(null, SpanKind.RPC, policy, "select 1", "Query", (k, v) -> { },
                    TagExtractor.empty());

            assertEquals(spanned ? List.of("sendRequest select 1") : List.of(), quarkus.calls);
            assertEquals(spanned ? RecordingTracer.OPERATION : null, operation);
        }
    }

    @Test
    void aCallUnderAnUnkeptTraceStillCarriesItsContextSoTheCalledServiceDropsItToo() {
        Map<String, String> headers = new HashMap<>();
        try (Scope ignored = parent("unsampled").makeCurrent()) {
            tracer.sendRequest(null, SpanKind.RPC, TracingPolicy.PROPAGATE, "GET /api/v1/students/1", "GET",
                    headers::put, TagExtractor.empty());
        }

        assertEquals(Map.of("traceparent", "00-" + TRACE + "-" + SPAN + "-00"), headers);
    }

    @Test
    void aResponseToACallThatGotNoSpanIsNotReported() {
        tracer.receiveResponse(null, "rows", null, null, TagExtractor.empty());

        assertEquals(List.of(), quarkus.calls);
    }

    @Test
    void aResponseToACallThatGotASpanEndsIt() {
        tracer.receiveResponse(null, "rows", RecordingTracer.OPERATION, null, TagExtractor.empty());

        assertEquals(List.of("receiveResponse rows"), quarkus.calls);
    }

    @Test
    void aMalformedTraceparentIsDecidedAtTheDoorLikeNone() {
        VertxTracer<Object, Object> door = withRatio(0).decorate(quarkus);
        io.vertx.core.Context request = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());

        door.receiveRequest(request, SpanKind.RPC, TracingPolicy.PROPAGATE, new Request(), "GET",
                List.of(Map.entry("traceparent", "00-not-a-trace-01")), TagExtractor.empty());

        assertEquals(List.of(), quarkus.calls);
        SpanContext attached = Span.fromContext(QuarkusContextStorage.getOtelContext(request)).getSpanContext();
        assertTrue(attached.isValid(), "a trace id of its own");
        assertFalse(attached.isSampled());
    }

    @Test
    void whatIsNotAnHttpRequestIsLeftToQuarkus() {
        tracer.receiveRequest(null, SpanKind.MESSAGING, TracingPolicy.PROPAGATE, "an event bus message", "send",
                List.of(), TagExtractor.empty());
        tracer.sendResponse(null, "reply", RecordingTracer.OPERATION, null, TagExtractor.empty());

        assertEquals(List.of("receiveRequest an event bus message", "sendResponse reply"), quarkus.calls);
    }

    @Test
    void installingDecoratesQuarkussTracerOnce() {
        VertxDelegator delegator = new VertxDelegator().setDelegate(quarkus);

        shortcut.install(delegator);
        VertxTracer<?, ?> decorated = delegator.getDelegate();
        shortcut.install(delegator);

        assertSame(decorated, delegator.getDelegate());
        assertInstanceOf(Record.class, decorated);
    }

    @Test
    void withTracingOffThereIsNoTracerToDecorate() {
        VertxDelegator delegator = new VertxDelegator();

        shortcut.install(delegator);

        assertNull(delegator.getDelegate());
    }

    private static SpansOnlyForKeptTraces withRatio(double ratio) {
        return new SpansOnlyForKeptTraces(
                OpenTelemetry.propagating(ContextPropagators.create(W3CTraceContextPropagator.getInstance())),
                new TraceSampling(ratio));
    }

    private static String traceparent(String kind) {
        return "00-" + TRACE + "-" + SPAN + ("sampled".equals(kind) ? "-01" : "-00");
    }

    private static Context parent(String kind) {
        return switch (kind) {
            case "none" -> Context.root();
            case "sampled" -> Context.root().with(Span.wrap(
                    SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault())));
            case "unsampled" -> Context.root().with(Span.wrap(
                    SpanContext.create(TRACE, SPAN, TraceFlags.getDefault(), TraceState.getDefault())));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private record Request() implements HttpRequest {
        @Override
        public int id() {
            return 1;
        }

        @Override
        public String uri() {
            return "/api/v1/students/1";
        }

        @Override
        public String absoluteURI() {
            return "http://localhost" + uri();
        }

        @Override
        public HttpMethod method() {
            return HttpMethod.GET;
        }

        @Override
        public MultiMap headers() {
            return MultiMap.caseInsensitiveMultiMap();
        }

        @Override
        public SocketAddress remoteAddress() {
            return null;
        }

        @Override
        public String toString() {
            return method() + " " + uri();
        }
    }

    /** Stands in for Quarkus's tracer: says which calls reached it. */
    private static final class RecordingTracer implements VertxTracer<Object, Object> {

        static final Object OPERATION = "span operation";
        final List<String> calls = new ArrayList<>();

        @Override
        public <R> Object receiveRequest(io.vertx.core.Context context, SpanKind kind, TracingPolicy policy,
                                         R request, String operation, Iterable<Map.Entry<String, String>> headers,
                                         TagExtractor<R> tagExtractor) {
            calls.add("receiveRequest " + request);
            return OPERATION;
        }

        @Override
        public <R> void sendResponse(io.vertx.core.Context context, R response, Object payload, Throwable failure,
                                     TagExtractor<R> tagExtractor) {
            calls.add("sendResponse " + response);
        }

        @Override
        public <R> Object sendRequest(io.vertx.core.Context context, SpanKind kind, TracingPolicy policy, R request,
                                      String operation, BiConsumer<String, String> headers,
                                      TagExtractor<R> tagExtractor) {
            calls.add("sendRequest " + request);
            return OPERATION;
        }

        @Override
        public <R> void receiveResponse(io.vertx.core.Context context, R response, Object payload,
                                        Throwable failure, TagExtractor<R> tagExtractor) {
            calls.add("receiveResponse " + response);
        }
    }
}
