package co.athena.shared.ids;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Now, at the precision PostgreSQL keeps, so what a write answers equals what a later read returns. */
public final class UtcClock {

    private UtcClock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
