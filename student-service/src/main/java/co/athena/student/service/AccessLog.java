package co.athena.student.service;

import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.tenant.TenantContext;
import co.athena.student.domain.AccessLogEntry;
import co.athena.student.domain.Student;
import co.athena.student.repository.AccessLogRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;

/** Writes the append-only access log in the caller's transaction. */
@ApplicationScoped
public class AccessLog {

    private final AccessLogRepository log;
    private final TenantContext tenant;

    public AccessLog(AccessLogRepository log, TenantContext tenant) {
        this.log = log;
        this.tenant = tenant;
    }

    public Uni<Void> record(Student student, String action, Collection<String> fields) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.id = UuidV7.next();
        entry.schoolId = student.schoolId;
        entry.studentId = student.id;
        entry.actor = tenant.actor();
        entry.action = action;
        entry.fields = fields.toArray(String[]::new);
        entry.at = UtcClock.now();
        return log.persist(entry).replaceWithVoid();
    }
}
