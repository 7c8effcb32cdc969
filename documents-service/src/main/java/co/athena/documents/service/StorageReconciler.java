package co.athena.documents.service;

import co.athena.documents.config.DocumentLimits;
import co.athena.documents.repository.DocumentRepository;
import co.athena.documents.repository.StoredKey;
import co.athena.storage.ObjectStorage;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Keeps the bucket and the rows in step, school by school (each under its own row-level security):
 * an object no row names, older than the grace period, is removed (an upload that died between its put
 * and its commit); a row whose object is gone is reported (logged and counted), never silently dropped.
 * Schools with rows but no objects at all are not visited: their keys are found by listing the bucket.
 */
@ApplicationScoped
public class StorageReconciler {

    private static final Logger LOG = Logger.getLogger(StorageReconciler.class);

    /** What one pass removed and what it found missing. */
    public record Report(List<String> orphansRemoved, List<String> missingObjects) {
    }

    private final ObjectStorage storage;
    private final DocumentRepository documents;
    private final TenantTransactions transactions;
    private final DocumentLimits limits;
    private final AtomicInteger missingGauge;

    public StorageReconciler(ObjectStorage storage, DocumentRepository documents, TenantTransactions transactions,
                             DocumentLimits limits, MeterRegistry metrics) {
        this.storage = storage;
        this.documents = documents;
        this.transactions = transactions;
        this.limits = limits;
        this.missingGauge = metrics.gauge("athena.documents.missing_objects", new AtomicInteger());
    }

    /** The school of a key Athena wrote; anything else in the bucket is not the reconciler's to judge. */
    static Optional<UUID> schoolOf(String key) {
        String[] parts = key.split("/");
        if (parts.length < 3 || !parts[0].equals("schools")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Scheduled(every = "${athena.documents.reconcile-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return reconcile(limits.orphanGrace()).invoke(report -> {
            if (!report.orphansRemoved().isEmpty() || !report.missingObjects().isEmpty()) {
                LOG.infof("reconciler: removed %d orphan objects, %d rows miss their object",
                        report.orphansRemoved().size(), report.missingObjects().size());
            }
        }).replaceWithVoid();
    }

    public Uni<Report> reconcile(Duration grace) {
        Instant cutoff = UtcClock.now().minus(grace);
        return storage.listAll().chain(objects -> {
            Map<UUID, List<String>> bySchool = objects.keySet().stream()
                    .filter(key -> schoolOf(key).isPresent())
                    .collect(Collectors.groupingBy(key -> schoolOf(key).orElseThrow()));
            List<String> orphans = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            return Multi.createFrom().iterable(bySchool.entrySet())
                    .onItem().transformToUniAndConcatenate(school -> transactions.inSchool(school.getKey(),
                            () -> documents.keysOf(school.getKey())).invoke(rows -> {
                                Set<String> named = rows.stream().map(StoredKey::objectKey).collect(Collectors.toSet());
                                school.getValue().stream().filter(key -> !named.contains(key))
                                        .filter(key -> objects.get(key).isBefore(cutoff)).forEach(orphans::add);
                                rows.stream().filter(StoredKey::expected).map(StoredKey::objectKey)
                                        .filter(key -> !objects.containsKey(key)).forEach(missing::add);
                            }))
                    .collect().last()
                    .chain(() -> Multi.createFrom().iterable(List.copyOf(orphans))
                            .onItem().transformToUniAndConcatenate(key -> storage.delete(key).replaceWith(key))
                            .collect().asList())
                    .map(removed -> {
                        missing.forEach(key -> LOG.warnf("document row names %s but the object is missing", key));
                        missingGauge.set(missing.size());
                        return new Report(removed, List.copyOf(missing));
                    });
        });
    }
}
