package co.athena.persistence.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "athena.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay (one leader per service publishes; others stand by). */
    @WithDefault("true")
    boolean relayEnabled();

    /** CloudEvents {@code source} of this service's events. */
    String source();

    /** The fallback poll when no NOTIFY arrives. */
    @WithDefault("PT2S")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /** How long to wait for Kafka to acknowledge a batch before backing off and retrying it. */
    @WithDefault("PT15S")
    Duration sendTimeout();

    /** Sent rows older than this are deleted. */
    @WithDefault("P7D")
    Duration retention();

    /** How often the backlog gauges ({@link OutboxBacklog}) read the unsent rows. */
    @WithDefault("PT5S")
    Duration backlogRefresh();
}
