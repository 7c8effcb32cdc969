package co.athena.student.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schools with an import running on this instance: one at a time each, so that one school's
 * files cannot fill the workers while another's wait. Per instance: with n replicas a school could
 * run up to n (each bounded in size).
 */
@ApplicationScoped
public class RunningImports {

    private final Set<UUID> schools = ConcurrentHashMap.newKeySet();

    /** False when the school already has one running. */
    public boolean start(UUID school) {
        return schools.add(school);
    }

    public void end(UUID school) {
        schools.remove(school);
    }
}
