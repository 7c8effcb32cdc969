package co.athena.persistence.outbox;

import co.athena.persistence.Rows;
import co.athena.shared.events.EventEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Appends an event to the outbox inside the caller's transaction, so the event commits (or rolls
 * back) with the change it announces. The {@link OutboxRelay} publishes it after commit. In a Hibernate
 * Reactive transaction ({@link #append}) or, for a hot write in SQL on the reactive pool, in the same statement
 * as that write ({@link #appendAfter}).
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "insert into outbox (" + OutboxSql.COLUMNS + ") values ";
    // the payload travels as text: a parameter typed jsonb would be encoded as a JSON string
    private static final String ROW = "(?%d, ?%d, ?%d, ?%d, ?%d, cast(cast(?%d as text) as jsonb), ?%d, "
            + "cast(cast(?%d as text) as jsonb))";
    private static final int COLUMNS = OutboxSql.PARAMETERS;
    /** Rows per statement: each native statement makes Hibernate check the session for changes to flush first. */
    private static final int ROWS = 500;

    private final ObjectMapper mapper;
    private final OutboxTracing tracing;
    private final String topicSuffix;

    /** {@code athena.events.topic-suffix} gives each test run topics of its own; production leaves it unset. */
    public Outbox(ObjectMapper mapper, OutboxTracing tracing,
                  @ConfigProperty(name = "athena.events.topic-suffix") Optional<String> topicSuffix) {
        this.mapper = mapper;
        this.tracing = tracing;
        this.topicSuffix = topicSuffix.orElse("");
    }

    public Uni<Void> append(EventEnvelope event) {
        return appendAll(List.of(event));
    }

    /**
     * The write and its event in one statement on the connection's transaction (see {@link OutboxSql#appendAfter}):
     * true if the write matched a row and the event was appended, false if neither happened. The event's parameters
     * are added to {@code writeParameters}.
     */
    public Uni<Boolean> appendAfter(SqlConnection connection, String write, Tuple writeParameters, EventEnvelope event) {
        return payloads(List.of(event)).chain(payloads -> {
            String sql = OutboxSql.appendAfter(write, writeParameters.size());
            Tuple parameters = writeParameters.addValue(event.id()).addValue(event.topic() + topicSuffix)
                    .addValue(event.key()).addValue(event.type()).addValue(event.subject()).addValue(payloads.get(0))
                    .addValue(Rows.timestamptz(event.time())).addValue(tracing.capture());
            return connection.preparedQuery(sql).execute(parameters).map(rows -> rows.rowCount() == 1);
        });
    }

    /** Many events of one change (a year's rollover) in a few statements, in their order. */
    public Uni<Void> appendAll(List<EventEnvelope> events) {
        return payloads(events).chain(payloads -> {
            String traceContext = tracing.capture();
            Uni<Void> appended = Panache.currentTransaction()
                    .onItem().ifNull().failWith(() -> new IllegalStateException("outbox writes need a transaction"))
                    .replaceWithVoid();
            for (int from = 0; from < events.size(); from += ROWS) {
                int start = from;
                int to = Math.min(events.size(), from + ROWS);
                appended = appended.chain(() -> insert(events.subList(start, to), payloads.subList(start, to), traceContext));
            }
            return appended;
        });
    }

    /** The events' payloads as JSON text; one that cannot be serialized fails the append. */
    private Uni<List<String>> payloads(List<EventEnvelope> events) {
        return Uni.createFrom().item(() -> {
            List<String> payloads = new ArrayList<>(events.size());
            for (EventEnvelope event : events) {
                try {
                    payloads.add(mapper.writeValueAsString(event.payload()));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("event payload is not serializable", e);
                }
            }
            return payloads;
        });
    }

    private Uni<Void> insert(List<EventEnvelope> events, List<String> payloads, String traceContext) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int row = 0; row < events.size(); row++) {
            int p = row * COLUMNS;
            sql.append(row == 0 ? "" : ", ").append(String.format(Locale.ROOT, ROW, p + 1, p + 2, p + 3, p + 4, p + 5,
                    p + 6, p + 7, p + 8));
        }
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql.toString());
            for (int row = 0; row < events.size(); row++) {
                EventEnvelope event = events.get(row);
                int p = row * COLUMNS;
                query.setParameter(p + 1, event.id())
                        .setParameter(p + 2, event.topic() + topicSuffix)
                        .setParameter(p + 3, event.key())
                        .setParameter(p + 4, event.type())
                        .setParameter(p + 5, event.subject())
                        .setParameter(p + 6, payloads.get(row))
                        .setParameter(p + 7, Rows.timestamptz(event.time()))
                        .setParameter(p + 8, traceContext);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
