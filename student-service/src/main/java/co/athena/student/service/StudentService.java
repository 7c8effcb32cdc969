package co.athena.student.service;

import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.CallerPermissions;
import co.athena.shared.security.Permissions;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.text.ControlCharacters;
import co.athena.shared.version.ExpectedVersion;
import co.athena.student.domain.AccessLogEntry;
import co.athena.student.domain.Characterization;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.SensitiveData;
import co.athena.student.domain.Student;
import co.athena.student.domain.StudentIdentity;
import co.athena.student.domain.StudentSimatRecord;
import co.athena.student.domain.StudentSummary;
import co.athena.student.domain.StudentView;
import co.athena.student.events.StudentEvents;
import co.athena.student.repository.StudentReads;
import co.athena.student.repository.StudentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Students of the caller's school. PIAR data is shown and changed only with read:piar, and logged. */
@ApplicationScoped
public class StudentService {

    private final MergePatches patches;
    private final StudentRepository students;
    private final StudentReads reads;
    private final TenantTransactions transactions;
    private final GuardianLinks guardianLinks;
    private final StudentEvents events;
    private final AccessLog accessLog;
    private final TenantContext tenant;
    private final CallerPermissions caller;
    private final TeachingScope teachingScope;

    public StudentService(MergePatches patches, StudentRepository students, StudentReads reads,
                          TenantTransactions transactions, GuardianLinks guardianLinks, StudentEvents events, AccessLog accessLog, TenantContext tenant,
                          CallerPermissions caller, TeachingScope teachingScope) {
        this.patches = patches;
        this.students = students;
        this.reads = reads;
        this.transactions = transactions;
        this.guardianLinks = guardianLinks;
        this.events = events;
        this.accessLog = accessLog;
        this.tenant = tenant;
        this.caller = caller;
        this.teachingScope = teachingScope;
    }

    @TenantTransactional
    public Uni<StudentView> create(StudentRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String number = Documents.check(request.documentType(), request.documentNumber(), "", errors);
        List<GuardianInput> guardians = request.guardians() == null ? List.of() : request.guardians();
        Set<String> guardianDocuments = new HashSet<>();
        for (int i = 0; i < guardians.size(); i++) {
            String prefix = "guardians[" + i + "].";
            String guardianNumber = Documents.check(guardians.get(i).documentType(), guardians.get(i).documentNumber(),
                    prefix, errors);
            if (!guardianDocuments.add(guardianNumber)) {
                errors.add(new FieldError(prefix + "document_number", "appears twice in this request"));
            }
        }
        if (guardians.stream().filter(g -> Boolean.TRUE.equals(g.isPrimary())).count() > 1) {
            errors.add(new FieldError("guardians", "at most one guardian can be primary"));
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        if (request.piarData() != null) {
            requirePiarPermission();
        }
        if (request.sensitiveData() != null) {
            requireSensitiveDataPermission();
        }
        Student student = new Student();
        student.id = UuidV7.next();
        student.schoolId = tenant.requireSchoolId();
        request.identity().applyTo(student);
        student.extraData = request.extraData() == null ? Map.of() : request.extraData();
        student.piarData = request.piarData();
        student.characterization = Characterization.stored(request.characterization());
        student.sensitiveData = SensitiveData.stored(request.sensitiveData());
        student.userId = request.userId();
        student.createdAt = UtcClock.now();
        student.updatedAt = student.createdAt;
        Uni<Void> work = requireFreeDocument(student.schoolId, number, student.id)
                .chain(() -> students.persist(student)).replaceWithVoid();
        for (GuardianInput guardian : guardians) {
            work = work.chain(() -> guardianLinks.link(student, guardian)).replaceWithVoid();
        }
        if (student.piarData != null) {
            work = work.chain(() -> accessLog.record(student, AccessLogEntry.PIAR_WRITE, student.piarData.keySet()));
        }
        return work.chain(students::flush).map(ignored -> view(student));
    }

    public Uni<Page<StudentSummary>> list(String q, Boolean active, Integer birthYear, PageRequest page) {
        List<String> words = q == null || q.isBlank() ? List.of()
                : Arrays.stream(q.trim().split("\\s+")).limit(6).toList();
        String documentPrefix = q == null ? null : IdentityDocumentType.normalize(q);
        UUID taughtBy = caller.seesWholeSchool() ? null : teacher();
        return reads.find(tenant.requireSchoolId(), words, documentPrefix, active, birthYear, taughtBy,
                        caller.has(Permissions.READ_PIAR), page)
                .map(rows -> Page.of(rows, page, StudentSummary::id, summary -> summary));
    }

    /**
     * With read:piar the PIAR data comes along, and that read is logged; without it, one plain read. A teacher
     * (read:own_students) reads only a student they teach now, and only the summary and PIAR adjustments.
     */
    public Uni<StudentView> get(UUID id) {
        if (caller.seesWholeSchool()) {
            return read(id);
        }
        return teachingScope.requireTaught(tenant.requireSchoolId(), teacher(), id)
                .chain(() -> read(id)).map(StudentView::forTeacher);
    }

    private UUID teacher() {
        return tenant.actorId().orElse(TeachingScope.NOBODY);
    }

    private Uni<StudentView> read(UUID id) {
        UUID school = tenant.requireSchoolId();
        if (!caller.has(Permissions.READ_PIAR)) {
            return reads.withoutPiar(school, id, caller.has(Permissions.READ_SENSITIVE_DATA)).onItem().ifNull().failWith(() -> Problems.notFound("student", id));
        }
        return transactions.inSchool(school, () -> find(id).chain(student -> {
            if (student.piarData != null) {
                return accessLog.record(student, AccessLogEntry.PIAR_READ, student.piarData.keySet())
                        .map(ignored -> view(student));
            }
            return Uni.createFrom().item(view(student));
        }));
    }

    /** A merge patch: absent fields stay, null clears; a patch that changes nothing keeps the version. */
    @TenantTransactional
    public Uni<StudentView> update(UUID id, MergePatch<StudentPatch> patch, ExpectedVersion expected) {
        if (patch.touches(StudentPatch.PIAR_DATA)) {
            requirePiarPermission();
        }
        if (patch.touches(StudentPatch.SENSITIVE_DATA)) {
            requireSensitiveDataPermission();
        }
        return find(id).chain(student -> {
            expected.check(student.version, "student " + id);
            if (student.anonymizedAt != null) {
                throw Problems.conflict("anonymized", "an anonymized student cannot change");
            }
            StudentPatch current = StudentPatch.of(student);
            StudentPatch changed = patches.apply(patch, current);
            List<FieldError> errors = new ArrayList<>();
            String number = Documents.check(changed.documentType(), changed.documentNumber(), "", errors);
            if (!errors.isEmpty()) {
                throw Problems.invalid(errors);
            }
            Uni<Void> work = number.equals(student.documentNumber) ? Uni.createFrom().voidItem()
                    : requireFreeDocument(student.schoolId, number, student.id);
            return work.chain(() -> {
                changed.identity().applyTo(student);
                student.extraData = changed.extraData() == null ? Map.of() : changed.extraData();
                student.userId = changed.userId();
                student.piarData = changed.piarData();
                student.characterization = Characterization.stored(changed.characterization());
                student.sensitiveData = SensitiveData.stored(changed.sensitiveData());
                String change = activation(student, changed.isActive());
                if (StudentPatch.of(student).equals(current)) {
                    return Uni.createFrom().item(view(student));
                }
                student.updatedAt = UtcClock.now();
                Uni<Void> logged = Objects.equals(current.piarData(), changed.piarData()) ? Uni.createFrom().voidItem()
                        : accessLog.record(student, AccessLogEntry.PIAR_WRITE, piarFieldsChanged(current, changed));
                return logged.chain(students::flush)
                        .chain(() -> change == null ? Uni.createFrom().voidItem() : events.changed(student, change))
                        .map(ignored -> view(student));
            });
        });
    }

    /** Soft: the student stays for the record; enrollment-service withdraws open enrollments on the event. */
    @TenantTransactional
    public Uni<StudentView> deactivate(UUID id, String reason, ExpectedVersion expected) {
        if (reason != null && (reason.length() > 500 || !ControlCharacters.isClean(reason))) {
            throw Problems.badRequest("reason", "at most 500 characters, without control characters");
        }
        return find(id).chain(student -> {
            expected.check(student.version, "student " + id);
            if (!student.active) {
                return Uni.createFrom().item(view(student));
            }
            student.active = false;
            student.deactivationReason = reason;
            student.updatedAt = UtcClock.now();
            return students.flush()
                    .chain(() -> events.changed(student, StudentLifecycleEvent.DEACTIVATED))
                    .map(ignored -> view(student));
        });
    }

    /** For sibling services: the students of the caller's school among these ids, without PIAR data. */
    @TenantTransactional
    public Uni<List<StudentSummary>> lookup(List<UUID> ids) {
        return students.summaries(tenant.requireSchoolId(), new HashSet<>(ids));
    }

    /** For the SIMAT export: the sensitive data travels only when the caller may read it. */
    public Uni<List<StudentSimatRecord>> simatRecords(List<UUID> ids) {
        return reads.simatRecords(tenant.requireSchoolId(), ids.stream().distinct().toList(),
                caller.has(Permissions.READ_SENSITIVE_DATA));
    }

    Uni<Student> find(UUID id) {
        return students.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("student", id));
    }

    Uni<Void> flushAll() {
        return students.flush();
    }

    StudentView view(Student student) {
        return StudentView.of(student, shown());
    }

    StudentView.Shown shown() {
        return new StudentView.Shown(caller.has(Permissions.READ_PIAR), caller.has(Permissions.READ_SENSITIVE_DATA));
    }

    /** The PIAR fields a change wrote or removed, for the access log (never their values). */
    private static Set<String> piarFieldsChanged(StudentPatch before, StudentPatch after) {
        Map<String, Object> old = before.piarData() == null ? Map.of() : before.piarData();
        Map<String, Object> now = after.piarData() == null ? Map.of() : after.piarData();
        Set<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        fields.removeIf(field -> Objects.equals(old.get(field), now.get(field)));
        return fields;
    }

    private static String activation(Student student, boolean active) {
        if (active == student.active) {
            return null;
        }
        student.active = active;
        if (active) {
            student.deactivationReason = null;
        }
        return active ? StudentLifecycleEvent.REACTIVATED : StudentLifecycleEvent.DEACTIVATED;
    }

    private void requireSensitiveDataPermission() {
        if (!caller.has(Permissions.READ_SENSITIVE_DATA)) {
            throw Problems.forbidden("writing sensitive_data needs read:sensitive_data as well as write:students");
        }
    }

    private void requirePiarPermission() {
        if (!caller.has(Permissions.READ_PIAR)) {
            throw Problems.forbidden("writing piar_data needs read:piar as well as write:students");
        }
    }

    private Uni<Void> requireFreeDocument(UUID school, String number, UUID self) {
        return students.findByDocument(school, number).invoke(existing -> {
            if (existing != null && !existing.id.equals(self)) {
                throw Problems.conflict("duplicate", "a student with document " + number + " already exists in this school");
            }
        }).replaceWithVoid();
    }
}
