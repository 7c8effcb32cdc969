package co.athena.student.service;

import co.athena.persistence.TenantTransactional;
import co.athena.persistence.idempotency.IdempotencyKeys;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.security.CallerPermissions;
import co.athena.shared.security.Permissions;
import co.athena.shared.tenant.TenantContext;
import co.athena.student.domain.AccessLogEntry;
import co.athena.student.domain.Guardian;
import co.athena.student.domain.LinkedGuardian;
import co.athena.student.domain.Student;
import co.athena.student.domain.StudentView;
import co.athena.student.events.StudentEvents;
import co.athena.student.repository.AccessLogRepository;
import co.athena.student.repository.EnrollmentHistoryRepository;
import co.athena.student.repository.GuardianRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The data subject's rights under Ley 1581 de 2012: access (an export of everything held) and
 * suppression (anonymization that keeps the row and its history for the legal record). Both logged.
 */
@ApplicationScoped
public class DataSubjectService {

    static final String SCRUBBED = "ANONIMIZADO";

    private final StudentService students;
    private final GuardianRepository guardians;
    private final EnrollmentHistoryRepository history;
    private final AccessLogRepository log;
    private final AccessLog accessLog;
    private final StudentEvents events;
    private final CallerPermissions caller;
    private final TenantContext tenant;
    private final IdempotencyKeys replays;

    public DataSubjectService(StudentService students, GuardianRepository guardians, EnrollmentHistoryRepository history,
                              AccessLogRepository log, AccessLog accessLog, StudentEvents events,
                              CallerPermissions caller, TenantContext tenant, IdempotencyKeys replays) {
        this.students = students;
        this.guardians = guardians;
        this.history = history;
        this.log = log;
        this.accessLog = accessLog;
        this.events = events;
        this.caller = caller;
        this.tenant = tenant;
        this.replays = replays;
    }

    /** PIAR data is part of it only for callers with read:piar (and that read is logged too). */
    @TenantTransactional
    public Uni<SubjectData> export(UUID id) {
        return students.find(id).chain(student -> guardians.ofStudent(student.schoolId, student.id)
                .chain(linked -> history.ofStudent(student.schoolId, student.id)
                        .chain(entries -> log.page(student.schoolId, student.id, PageRequest.of(PageRequest.MAX_LIMIT, null))
                                .chain(accesses -> {
                                    boolean withPiar = caller.has(Permissions.READ_PIAR);
                                    SubjectData export = new SubjectData(UtcClock.now(), students.view(student),
                                            linked, entries, accesses);
                                    Uni<Void> piarLogged = withPiar && student.piarData != null
                                            ? accessLog.record(student, AccessLogEntry.PIAR_READ, student.piarData.keySet())
                                            : Uni.createFrom().voidItem();
                                    return piarLogged.chain(() -> accessLog.record(student, AccessLogEntry.DATA_EXPORT,
                                            List.of("*"))).replaceWith(export);
                                }))));
    }

    /**
     * Scrubs the student's personal data and that of guardians who look after no other student; keeps
     * the row (deactivated), its enrollment history and the access log. Doing it twice changes nothing.
     */
    @TenantTransactional
    public Uni<StudentView> anonymize(UUID id) {
        return students.find(id).chain(student -> {
            if (student.anonymizedAt != null) {
                return Uni.createFrom().item(students.view(student));
            }
            scrub(student);
            return guardians.ofStudent(student.schoolId, student.id)
                    .chain(linked -> scrubSoleGuardians(student, linked))
                    .chain(() -> history.forgetReasons(student.schoolId, student.id))
                    .chain(() -> replays.forgetAnswersAbout(student.schoolId, student.id))
                    .chain(() -> accessLog.record(student, AccessLogEntry.ANONYMIZE, List.of("*")))
                    .chain(students::flushAll)
                    .chain(() -> events.changed(student, StudentLifecycleEvent.ANONYMIZED))
                    .map(ignored -> students.view(student));
        });
    }

    @TenantTransactional
    public Uni<Page<AccessLogEntry>> accessLog(UUID student, PageRequest page) {
        return log.page(tenant.requireSchoolId(), student, page)
                .map(rows -> Page.of(rows, page, e -> e.id));
    }

    private Uni<Void> scrubSoleGuardians(Student student, List<LinkedGuardian> linked) {
        Uni<Void> work = Uni.createFrom().voidItem();
        for (LinkedGuardian link : linked) {
            Guardian guardian = link.guardian();
            work = work.chain(() -> guardians.studentCount(student.schoolId, guardian.id).invoke(count -> {
                if (count == 1) {
                    guardian.fullName = SCRUBBED;
                    guardian.documentNumber = "X" + guardian.id.toString().replace("-", "").substring(20).toUpperCase();
                    guardian.phone = null;
                    guardian.email = null;
                    guardian.address = null;
                    guardian.userId = null;
                    guardian.updatedAt = UtcClock.now();
                }
            }).replaceWithVoid());
        }
        return work;
    }

    private static void scrub(Student student) {
        student.rename(SCRUBBED, null, SCRUBBED, null);
        student.documentType = "NES";
        student.documentNumber = "X" + student.id.toString().replace("-", "").substring(20).toUpperCase();
        // the year stays for statistics; the day does not identify anyone
        student.birthDate = LocalDate.of(student.birthDate.getYear(), 1, 1);
        student.extraData = Map.of();
        student.piarData = null;
        student.characterization = Map.of();
        student.sensitiveData = Map.of();
        student.deactivationReason = null;
        student.userId = null;
        student.active = false;
        student.anonymizedAt = UtcClock.now();
        student.updatedAt = student.anonymizedAt;
    }
}
