package co.athena.persistence.tracing;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;

/**
 * Tracing is off unless {@code ATHENA_OTLP_ENDPOINT} names an OTLP/HTTP collector (e.g. {@code http://localhost:4318}):
 * then the OpenTelemetry SDK starts and exports there. One variable for {@code ./athena} and the manifests; a
 * {@code quarkus.otel.*} property set anywhere else still wins (this source ranks below application.properties).
 */
public final class TracingSwitch implements ConfigSource {

    static final String ENDPOINT = "ATHENA_OTLP_ENDPOINT";

    private final Map<String, String> properties;

    public TracingSwitch() {
        this(System.getenv(ENDPOINT));
    }

    TracingSwitch(String endpoint) {
        this.properties = endpoint == null || endpoint.isBlank()
                ? Map.of("quarkus.otel.sdk.disabled", "true")
                : Map.of("quarkus.otel.sdk.disabled", "false",
                        "quarkus.otel.exporter.otlp.traces.endpoint", endpoint.strip());
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "athena-tracing-switch";
    }

    @Override
    public int getOrdinal() {
        return 200;
    }
}
