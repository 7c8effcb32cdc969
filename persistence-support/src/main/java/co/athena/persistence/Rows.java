package co.athena.persistence;

import io.vertx.mutiny.sqlclient.Row;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values of rows on the reactive pool, read as the domain holds them and written as the driver takes them. */
public final class Rows {

    private Rows() {
    }

    /** A {@code timestamptz} column as an instant; null stays null. */
    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /** A {@code timestamptz} column, by its position, as an instant; null stays null. */
    public static Instant instant(Row row, int column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    /** An instant as a {@code timestamptz} parameter (the driver takes no {@link Instant}); null stays null. */
    public static OffsetDateTime timestamptz(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
