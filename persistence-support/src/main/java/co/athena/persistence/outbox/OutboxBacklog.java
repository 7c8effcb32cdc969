package co.athena.persistence.outbox;

import co.athena.persistence.DatabaseConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The outbox's backlog, for operators: {@code athena.outbox.pending} (rows not sent yet) and
 * {@code athena.outbox.oldest.age} (seconds the oldest of them has waited). Every instance reports it, leader of
 * the relay or not. One query on the unsent rows' index every {@code athena.outbox.backlog-refresh}, on a thread
 * of its own, so a scrape never waits on the database; while the database does not answer the last figures stay.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    private record Snapshot(long pending, double oldestSeconds) {
    }

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final String query;
    private final MeterRegistry metrics;
    private volatile Snapshot last = new Snapshot(0, 0);
    private ScheduledExecutorService refresher;

    public OutboxBacklog(AgroalDataSource dataSource, OutboxConfig config, DatabaseConfig database,
                         MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.config = config;
        this.metrics = metrics;
        this.query = "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0) from "
                + database.schema() + ".outbox where sent_at is null";
    }

    void start(@Observes StartupEvent event) {
        Gauge.builder("athena.outbox.pending", this, backlog -> backlog.last.pending())
                .description("Outbox rows written and not yet published to Kafka").register(metrics);
        Gauge.builder("athena.outbox.oldest.age", this, backlog -> backlog.last.oldestSeconds())
                .baseUnit("seconds").description("How long the oldest unpublished outbox row has waited")
                .register(metrics);
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-backlog");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.backlogRefresh().toMillis();
        refresher.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            last = new Snapshot(result.getLong(1), result.getDouble(2));
        } catch (SQLException e) {
            LOG.debugf("outbox backlog not read: %s", e.toString());
        }
    }
}
