package co.athena.persistence.tracing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TracingSwitchTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void withoutAnEndpointTheSdkIsOffAndNothingIsExported(String endpoint) {
        TracingSwitch tracing = new TracingSwitch(endpoint);

        assertEquals("true", tracing.getValue("quarkus.otel.sdk.disabled"));
        assertNull(tracing.getValue("quarkus.otel.exporter.otlp.traces.endpoint"));
    }

    @Test
    void anEndpointTurnsTheSdkOnAndExportsThere() {
        TracingSwitch tracing = new TracingSwitch(" http://collector:4318 ");

        assertEquals("false", tracing.getValue("quarkus.otel.sdk.disabled"));
        assertEquals("http://collector:4318", tracing.getValue("quarkus.otel.exporter.otlp.traces.endpoint"));
    }
}
