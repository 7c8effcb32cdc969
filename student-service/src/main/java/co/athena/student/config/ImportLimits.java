package co.athena.student.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How big one CSV import may be: larger files are refused (413) before any of their content is read. Files of more
 * than {@code jobRows} rows run as a job (202) whatever the caller prefers.
 */
@ConfigMapping(prefix = "athena.imports")
public interface ImportLimits {

    @WithDefault("10485760")
    long maxBytes();

    @WithDefault("20000")
    int maxRows();

    @WithDefault("5000")
    int jobRows();
}
