package co.athena.student.service;

import co.athena.persistence.TenantTransactional;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.EnrollmentStatusChangedEvent;
import co.athena.shared.ids.UuidV7;
import co.athena.student.domain.EnrollmentHistoryEntry;
import co.athena.student.repository.EnrollmentHistoryRepository;
import co.athena.student.repository.EnrollmentHistoryWrites;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The students' enrollment history, as enrollment-service announces status changes. */
@ApplicationScoped
public class EnrollmentHistoryService {

    static final String CONSUMER = "student-service.enrollment-history";

    private final EnrollmentHistoryRepository history;
    private final EnrollmentHistoryWrites writes;
    private final ProcessedEvents processed;
    private final StudentService students;

    public EnrollmentHistoryService(EnrollmentHistoryRepository history, EnrollmentHistoryWrites writes,
                                    ProcessedEvents processed, StudentService students) {
        this.history = history;
        this.writes = writes;
        this.processed = processed;
        this.students = students;
    }

    /**
     * One row per event, in the event's school. A redelivered event adds nothing; an event older than
     * the newest known state of its enrollment is kept in the history but never rolls the state back.
     */
    public Uni<Void> record(EnrollmentStatusChangedEvent event) {
        return processed.onceOnPool(CONSUMER, event, connection -> writes.append(connection, entry(event)));
    }

    @TenantTransactional
    public Uni<List<EnrollmentHistoryEntry>> ofStudent(UUID studentId) {
        return students.find(studentId).chain(student -> history.ofStudent(student.schoolId, student.id));
    }

    private static EnrollmentHistoryEntry entry(EnrollmentStatusChangedEvent event) {
        EnrollmentHistoryEntry entry = new EnrollmentHistoryEntry();
        entry.id = UuidV7.next();
        entry.schoolId = event.schoolId();
        entry.studentId = event.studentId();
        entry.enrollmentId = event.enrollmentId();
        entry.schoolYearId = event.schoolYearId();
        entry.eventId = event.eventId();
        entry.fromStatus = event.fromStatus();
        entry.toStatus = event.toStatus();
        entry.gradeLevel = event.gradeLevel();
        entry.groupCode = event.groupCode();
        entry.shift = event.shift();
        // the code since events carry no staff text; an older event's text as it came
        entry.reason = event.reasonCode() != null ? event.reasonCode() : event.reason();
        entry.changedBy = event.changedBy();
        entry.changedAt = event.changedAt();
        entry.enrollmentVersion = event.enrollmentVersion();
        return entry;
    }
}
