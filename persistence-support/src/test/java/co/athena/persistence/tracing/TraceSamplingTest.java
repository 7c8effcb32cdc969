package co.athena.persistence.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.samplers.SamplingDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceSamplingTest {

    private static final IdGenerator IDS = IdGenerator.random();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            db.statement  | select set_config(?, $1, ?)                         | DROP
            db.query.text | select cast(set_config(?,$1,?) as varchar(255))     | DROP
            db.statement  | select id, surname from student.students where id=$1 | RECORD_AND_SAMPLE
            db.query.text | with written as (update ...) insert into outbox ...  | RECORD_AND_SAMPLE
            """)
    void theStatementThatBindsTheSchoolIsNeverKeptInASampledTrace(String key, String statement, SamplingDecision kept) {
        TraceSampling sampler = new TraceSampling(1);

        assertEquals(kept, sampler.shouldSample(sampledParent(), IDS.generateTraceId(), "SELECT athena",
                SpanKind.CLIENT, Attributes.of(AttributeKey.stringKey(key), statement), List.of()).getDecision());
    }

    @Test
    void aCallersSampledTraceIsKeptWhateverTheRatio() {
        TraceSampling sampler = new TraceSampling(0);

        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, sampler.shouldSample(sampledParent(), IDS.generateTraceId(),
                "GET /api/v1/students/{id}", SpanKind.SERVER, Attributes.empty(), List.of()).getDecision());
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1000"})
    void aTraceThatStartsHereIsKeptAtTheRatio(double ratio, long expectedKept) {
        TraceSampling sampler = new TraceSampling(ratio);

        assertEquals(expectedKept, IntStream.range(0, 1000).filter(i -> keepsARecordsNewTrace(sampler)).count());
        assertEquals(expectedKept, IntStream.range(0, 1000).filter(i -> sampler.keepsANewTrace()).count());
    }

    @Test
    void aTenthIsRoughlyATenth() {
        TraceSampling sampler = new TraceSampling(0.1);

        // binomial(10,000, 0.1): mean 1,000, standard deviation 30; 800..1,200 fails once in ~10^11 runs
        long kept = IntStream.range(0, 10_000).filter(i -> keepsARecordsNewTrace(sampler)).count();
        assertTrue(kept > 800 && kept < 1200, "records: kept " + kept);
        long keptAtTheDoor = IntStream.range(0, 10_000).filter(i -> sampler.keepsANewTrace()).count();
        assertTrue(keptAtTheDoor > 800 && keptAtTheDoor < 1200, "requests: kept " + keptAtTheDoor);
    }

    @Test
    void aRequestsNewTraceOnceKeptAtTheDoorIsKept() {
        TraceSampling sampler = new TraceSampling(0);

        assertEquals(SamplingDecision.RECORD_AND_SAMPLE, sampler.shouldSample(Context.root(), IDS.generateTraceId(),
                "GET /api/v1/students/{id}", SpanKind.SERVER, Attributes.empty(), List.of()).getDecision());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.5, Double.NaN})
    void aRatioOutsideZeroToOneIsRefusedAtStart(double ratio) {
        assertThrows(IllegalArgumentException.class, () -> new TraceSampling(ratio));
    }

    private static boolean keepsARecordsNewTrace(TraceSampling sampler) {
        return sampler.shouldSample(Context.root(), IDS.generateTraceId(), "athena.students.v1 process",
                SpanKind.CONSUMER, Attributes.empty(), List.of()).getDecision() == SamplingDecision.RECORD_AND_SAMPLE;
    }

    private static Context sampledParent() {
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(
                IDS.generateTraceId(), IDS.generateSpanId(), TraceFlags.getSampled(), TraceState.getDefault())));
    }
}
