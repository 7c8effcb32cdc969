package co.athena.persistence.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Work that can take more than a few seconds (an import, an export, a period's report cards, a year's rollover), for
 * operators: {@code athena.work.running{kind}} while it runs, and {@code athena.work{kind, outcome}} timing each
 * one that ended ({@code succeeded} or {@code failed}; one whose caller went counts as failed).
 */
@ApplicationScoped
public class LongWork {

    private final MeterRegistry metrics;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    public LongWork(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public <T> Uni<T> timed(String kind, Supplier<Uni<T>> work) {
        AtomicInteger now = running.computeIfAbsent(kind, k -> metrics.gauge("athena.work.running",
                Tags.of("kind", k), new AtomicInteger()));
        return Uni.createFrom().deferred(() -> {
            now.incrementAndGet();
            Timer.Sample sample = Timer.start(metrics);
            return work.get().onTermination().invoke((item, failure, cancelled) -> {
                now.decrementAndGet();
                sample.stop(metrics.timer("athena.work", "kind", kind, "outcome",
                        failure == null && !cancelled ? "succeeded" : "failed"));
            });
        });
    }
}
