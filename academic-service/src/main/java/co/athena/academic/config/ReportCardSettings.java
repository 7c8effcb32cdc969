package co.athena.academic.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How report cards are built after a period closes. */
@ConfigMapping(prefix = "athena.report-cards")
public interface ReportCardSettings {

    /** How long a builder holds a period before another may take it over (a crashed builder's claim runs out). */
    @WithDefault("PT10M")
    Duration buildLease();
}
