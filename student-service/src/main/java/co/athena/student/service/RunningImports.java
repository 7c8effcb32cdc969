package co.athena.student.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schools with an import running on this instance: one at a time each, so that one school's
 * files cannot fill the workers while another's wait. Per instance: with n replicas a school could
 * run up to n (each bounded in size). Operators see how many run as {@code athena_imports_running}.
 */
@ApplicationScoped
public class RunningImports {

    private final Set<UUID> schools = ConcurrentHashMap.newKeySet();

    public RunningImports(MeterRegistry metrics) {
        Gauge.builder("athena.imports.running", schools, Set::size)
                .description("Student imports running on this instance (at most one per school)")
                .register(metrics);
    }

    /** False when the school already has one running. */
    public boolean start(UUID school) {
        return schools.add(school);
    }

    public void end(UUID school) {
        schools.remove(school);
    }
}
