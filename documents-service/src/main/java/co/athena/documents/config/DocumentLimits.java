package co.athena.documents.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

@ConfigMapping(prefix = "athena.documents")
public interface DocumentLimits {

    /** The largest file accepted (10 MB); one byte more is a 413. */
    long maxFileBytes();

    /** How often the reconciler runs (read by its {@code @Scheduled}). */
    String reconcileEvery();

    /** How old an object with no row must be before the reconciler removes it. */
    Duration orphanGrace();
}
