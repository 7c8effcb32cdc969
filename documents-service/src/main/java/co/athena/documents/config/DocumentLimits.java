package co.athena.documents.config;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "athena.documents")
public interface DocumentLimits {

    /** The largest file accepted (10 MB); one byte more is a 413. */
    long maxFileBytes();
}
