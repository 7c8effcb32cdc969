package co.athena.persistence.revocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "athena.revocation")
public interface RevocationConfig {

    /** Whether this instance follows access changes (off only in tests of a service that issues no tokens). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How far back a change can still refuse a token: the longest token lifetime plus the verifier's
     * clock leeway. Changes older than this are skipped at start and forgotten later.
     */
    @WithDefault("PT17M")
    Duration horizon();

    /** How long to wait before reading again after Kafka failed. */
    @WithDefault("PT2S")
    Duration retryInterval();
}
