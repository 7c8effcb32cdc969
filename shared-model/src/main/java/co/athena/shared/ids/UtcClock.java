package co.athena.shared.ids;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Now, at the precision PostgreSQL keeps, so what a write answers equals what a later read returns. */
public final class UtcClock {

    /** Where the schools are: a school's day (a class date, the day an enrollment changed) is a day in Colombia. */
    public static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");

    private UtcClock() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate schoolDay(Instant at) {
        return at.atZone(COLOMBIA).toLocalDate();
    }

    public static LocalDate today() {
        return LocalDate.now(COLOMBIA);
    }
}
