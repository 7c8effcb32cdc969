package co.athena.persistence.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which spans leave a service. A trace the caller already decided on keeps that decision, so an operator who sends
 * a sampled {@code traceparent} always gets that request's whole trace; a trace that starts here is kept with
 * probability {@code athena.tracing.sample-ratio} (1 unless set: production sets 0.1, see deploy/k8s). The
 * statement that binds a transaction to its school ({@code set_config}) is never kept: every transaction starts
 * with it, it says nothing the request's own span does not, and it was a third of a read's spans.
 * <p>
 * An HTTP request that brings no trace is decided at the door, before any span is built
 * ({@link SpansOnlyForKeptTraces} asks {@link #keepsANewTrace()}): the server span of a new trace reaches this
 * sampler only once kept. Any other span that starts a trace (a record without a trace context, a scheduled task)
 * is kept at the ratio here.
 * <p>
 * Being a CDI {@link Sampler}, it replaces the one {@code quarkus.otel.traces.sampler} would configure.
 */
@ApplicationScoped
public class TraceSampling implements Sampler {

    /** The statement's text under the semantic conventions before and after their database revision. */
    static final List<AttributeKey<String>> STATEMENT =
            List.of(AttributeKey.stringKey("db.statement"), AttributeKey.stringKey("db.query.text"));

    private final double ratio;
    private final Sampler traces;

    @Inject
    public TraceSampling(@ConfigProperty(name = "athena.tracing.sample-ratio", defaultValue = "1") double ratio) {
        if (!(ratio >= 0 && ratio <= 1)) {
            throw new IllegalArgumentException("athena.tracing.sample-ratio must lie between 0 and 1, not " + ratio);
        }
        this.ratio = ratio;
        Sampler atTheRatio = Sampler.traceIdRatioBased(ratio);
        this.traces = Sampler.parentBased(new Sampler() {
            @Override
            public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
                                               Attributes attributes, List<LinkData> links) {
                return kind == SpanKind.SERVER ? SamplingResult.recordAndSample()
                        : atTheRatio.shouldSample(parent, traceId, name, kind, attributes, links);
            }

            @Override
            public String getDescription() {
                return "server spans decided at the door, others " + atTheRatio.getDescription();
            }
        });
    }

    /** Whether a request that brings no trace starts one that is kept. */
    public boolean keepsANewTrace() {
        return ratio >= 1 || ThreadLocalRandom.current().nextDouble() < ratio;
    }

    @Override
    public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                                       Attributes attributes, List<LinkData> parentLinks) {
        if (spanKind == SpanKind.CLIENT && bindsTheSchool(attributes)) {
            return SamplingResult.drop();
        }
        return traces.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    private static boolean bindsTheSchool(Attributes attributes) {
        for (AttributeKey<String> key : STATEMENT) {
            String statement = attributes.get(key);
            if (statement != null && statement.contains("set_config(")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getDescription() {
        return "TraceSampling{" + traces.getDescription() + ", without set_config}";
    }
}
