package co.athena.persistence.outbox;

/**
 * The outbox's insert as SQL text, with nothing but the JDK behind it, so a benchmark's SQL twin
 * (bench/run's pgbench scripts) is built from the very statement the services send.
 */
public final class OutboxSql {

    static final String COLUMNS = "event_id, topic, message_key, event_type, subject, payload, occurred_at, trace_context";
    /** Parameters per event, in {@link #COLUMNS}' order. */
    static final int PARAMETERS = 8;

    private OutboxSql() {
    }

    /**
     * One statement: {@code write} (an insert, update or delete on {@code $1..$writeParameters}, without a
     * {@code returning} clause), and the event's row only if it wrote a row. The event's parameters follow the
     * write's. A write that matched nothing (a version that moved) leaves the outbox alone and reports no row.
     */
    public static String appendAfter(String write, int writeParameters) {
        int p = writeParameters;
        // the payload travels as text: a parameter typed jsonb would be encoded as a JSON string
        return "with written as (" + write + " returning 1) insert into outbox (" + COLUMNS + ") select $" + (p + 1)
                + ", $" + (p + 2) + ", $" + (p + 3) + ", $" + (p + 4) + ", $" + (p + 5) + ", cast(cast($" + (p + 6)
                + " as text) as jsonb), $" + (p + 7) + ", cast(cast($" + (p + 8) + " as text) as jsonb) from written";
    }
}
