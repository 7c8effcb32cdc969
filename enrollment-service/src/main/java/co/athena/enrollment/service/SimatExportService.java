package co.athena.enrollment.service;

import co.athena.enrollment.client.References;
import co.athena.enrollment.client.SchoolYearView;
import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.SimatCheck;
import co.athena.enrollment.domain.SimatExport;
import co.athena.enrollment.domain.SimatExportItem;
import co.athena.enrollment.domain.SimatExportKind;
import co.athena.enrollment.domain.SimatExportMetadata;
import co.athena.enrollment.domain.SimatNovelty;
import co.athena.enrollment.domain.SimatProblem;
import co.athena.enrollment.domain.SimatReported;
import co.athena.enrollment.domain.StoredExportFile;
import co.athena.enrollment.repository.EnrollmentReads;
import co.athena.enrollment.repository.EnrollmentRepository;
import co.athena.enrollment.repository.SimatExportRepository;
import co.athena.persistence.metrics.LongWork;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.jobs.JobProgress;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SIMAT exports: freeze the pending novelties of a school year into a file staff carry to SIMAT by hand (the
 * Anexo 6A of students to register, or the worklist of other novelties), keep that file byte for byte, and mark
 * its enrollments synced when staff confirm SIMAT took it. A dry run reads and checks the same, storing nothing.
 */
@ApplicationScoped
public class SimatExportService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Refused students as the export's skipped column keeps them (snake_case, like the API). */
    private static final ObjectMapper STORED = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).findAndAddModules().build();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final EnrollmentRepository enrollments;
    private final EnrollmentReads reads;
    private final SimatExportRepository exports;
    private final References references;
    private final TenantTransactions transactions;
    private final TenantContext tenant;
    private final LongWork work;

    public SimatExportService(EnrollmentRepository enrollments, EnrollmentReads reads, SimatExportRepository exports,
                              References references, TenantTransactions transactions, TenantContext tenant,
                              LongWork work) {
        this.work = work;
        this.enrollments = enrollments;
        this.reads = reads;
        this.exports = exports;
        this.references = references;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    /**
     * Reads the pending novelties in one transaction, asks the siblings for the year, the school's SIMAT
     * settings and the students with no transaction open, and stores the file with the novelties it froze
     * in a second one. A novelty that arrives meanwhile is not in the file and stays pending. Exports of
     * one school year prepared at the same time never share a novelty: the second to store is a 409.
     * Students whose line cannot go stay pending, listed on the export with every reason.
     */
    public Uni<SimatExport> create(UUID schoolYearId, SimatExportKind kind, JobProgress progress) {
        // the caller's school, name and token now: as a job, the rest runs after the request has ended
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        String bearer = tenant.bearer();
        // two exports prepared at once would freeze the same novelties: the one that stores second is refused
        Instant readAt = UtcClock.now();
        return work.timed("simat_export", () -> prepare(schoolId, bearer, schoolYearId, kind)
                .map(prepared -> {
                    if (prepared.rows().isEmpty()) {
                        throw Problems.conflict("nothing-to-export", "no SIMAT novelties of kind " + kind
                                + " are pending for this school year");
                    }
                    return build(prepared, schoolId, schoolYearId, kind, actor);
                })
                .call(built -> progress.total(built.items().size()))
                .chain(built -> transactions.inSchool(schoolId, () -> exports.lockYear(schoolId, schoolYearId)
                        .chain(() -> exports.madeSince(schoolId, schoolYearId, readAt))
                        .invoke(concurrent -> {
                            if (concurrent != null) {
                                throw Problems.conflict("concurrent-export", "another export of this school year ("
                                        + concurrent.id + ") was made while this one was being prepared: download "
                                        + "that one, or ask again for a new one");
                            }
                        })
                        .chain(() -> exports.persist(built.export()))
                        .chain(() -> exports.getSession())
                        .chain(session -> session.persistAll(built.items().toArray()))
                        .chain(exports::flush)
                        .replaceWith(built.export()))
                        .call(() -> progress.advanced(built.items().size()))));
    }

    /** The same reads and checks as an export, answered as a report: nothing is stored or marked. */
    public Uni<SimatCheck> check(UUID schoolYearId, SimatExportKind kind) {
        return prepare(tenant.requireSchoolId(), tenant.bearer(), schoolYearId, kind).map(prepared -> new SimatCheck(schoolYearId,
                kind, (int) prepared.rows().stream().filter(row -> row.row().ready()).count(),
                prepared.rows().stream().filter(row -> !row.row().ready()).map(PreparedRow::refused).toList()));
    }

    /** The worklist as it stands now, for a secretary to read before freezing it into an export. */
    public Uni<List<SimatNovelty>> novelties(UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return school(bearer, schoolYearId).chain(school -> reads.simatPending(schoolId, schoolYearId, SimatExportKind.novelties)
                .chain(pending -> references.students(bearer, studentIds(pending))
                        .map(students -> pending.stream().map(e -> NoveltyWorklist.entry(school, e,
                                students.get(e.studentId))).toList())));
    }

    @TenantTransactional
    public Uni<Page<SimatExportMetadata>> list(PageRequest page, UUID schoolYearId) {
        return exports.page(tenant.requireSchoolId(), page, schoolYearId)
                .map(rows -> Page.of(rows, page, SimatExportMetadata::id));
    }

    @TenantTransactional
    public Uni<StoredExportFile> file(UUID id) {
        return exports.file(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("SIMAT export", id));
    }

    /** SIMAT took the file: its enrollments are synced, except those with a newer novelty since. */
    @TenantTransactional
    public Uni<SimatExportMetadata> confirm(UUID id, ExpectedVersion expected) {
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        return exports.findInSchool(schoolId, id)
                .onItem().ifNull().failWith(() -> Problems.notFound("SIMAT export", id))
                .chain(export -> {
                    expected.check(export.version, "SIMAT export " + id);
                    if (SimatExport.CONFIRMED.equals(export.status)) {
                        throw Problems.conflict("already-confirmed", "this export was confirmed at " + export.confirmedAt);
                    }
                    Instant now = UtcClock.now();
                    export.status = SimatExport.CONFIRMED;
                    export.confirmedBy = actor;
                    export.confirmedAt = now;
                    return exports.flush().chain(() -> enrollments.markSynced(schoolId, id, now))
                            .replaceWith(() -> SimatExportMetadata.of(export));
                });
    }

    private Uni<SimatSchool> school(String bearer, UUID schoolYearId) {
        Uni<SchoolYearView> year = references.schoolYear(bearer, schoolYearId).map(found -> found.orElseThrow(() ->
                Problems.unprocessable("school_year_id", "no such school year in this school")));
        return Uni.combine().all().unis(year, references.simatSettings(bearer)).with(SimatSchool::of);
    }

    /** A pending novelty with its line (or what keeps it out), and what the file tells SIMAT of it. */
    private record PreparedRow(Enrollment enrollment, AnexoSeisA.Row row, SimatCheck.Refused refused,
                               SimatReported reported) {
    }

    private record Prepared(SimatSchool school, List<PreparedRow> rows) {
    }

    /**
     * Everything an export or a dry run reads: the year and settings, the pending novelties (one transaction),
     * the students from student-service, whether each is new to the school, then every line and its problems.
     */
    private Uni<Prepared> prepare(UUID schoolId, String bearer, UUID schoolYearId, SimatExportKind kind) {
        return school(bearer, schoolYearId).chain(school -> reads.simatPending(schoolId, schoolYearId, kind)
                .chain(pending -> pending.isEmpty() || kind == SimatExportKind.novelties
                        ? Uni.createFrom().item(new Pending(pending, Map.of()))
                        : reads.earliestInOtherYears(schoolId, schoolYearId, studentIds(pending))
                        .map(earlier -> new Pending(pending, earlier)))
                .chain(pending -> kind == SimatExportKind.anexo_6a
                        ? references.simatRecords(bearer, studentIds(pending.enrollments()))
                        .map(records -> new Prepared(school, registrations(school, pending, records)))
                        : references.students(bearer, studentIds(pending.enrollments()))
                        .map(students -> new Prepared(school, noveltyRows(school, pending.enrollments(), students)))));
    }

    private record Pending(List<Enrollment> enrollments, Map<UUID, UUID> earliestElsewhere) {
    }

    private static List<PreparedRow> registrations(SimatSchool school, Pending pending,
                                                   Map<UUID, StudentLookup.SimatRecord> records) {
        Map<String, UUID> documents = new HashMap<>();
        List<PreparedRow> rows = new ArrayList<>(pending.enrollments().size());
        for (Enrollment enrollment : pending.enrollments()) {
            StudentLookup.SimatRecord student = records.get(enrollment.studentId);
            if (student == null) {
                rows.add(refusedRow(enrollment, null, List.of(new SimatProblem("NRO_DOCUMENTO",
                        "enrollment.student_id", "the student is not in student-service any more"))));
                continue;
            }
            UUID earlier = pending.earliestElsewhere().get(enrollment.studentId);
            boolean newToSchool = earlier == null || earlier.compareTo(enrollment.id) > 0;
            AnexoSeisA.Row row = AnexoSeisA.row(school, enrollment, student, newToSchool);
            List<SimatProblem> problems = new ArrayList<>(row.problems());
            UUID twin = documents.putIfAbsent(documentKey(student), enrollment.id);
            if (twin != null) {
                problems.add(new SimatProblem("NRO_DOCUMENTO", "student.document_number", "another student of this "
                        + "school to register has the same document (enrollment " + twin + "); SIMAT takes it once"));
            }
            rows.add(problems.isEmpty()
                    ? new PreparedRow(enrollment, row, null, enrollment.placement(school.sedeOf(enrollment.simat().sede())))
                    : refusedRow(enrollment, student, problems));
        }
        return rows;
    }

    private static List<PreparedRow> noveltyRows(SimatSchool school, List<Enrollment> pending,
                                                 Map<UUID, StudentLookup.StudentView> students) {
        List<PreparedRow> rows = new ArrayList<>(pending.size());
        for (Enrollment enrollment : pending) {
            SimatNovelty entry = NoveltyWorklist.entry(school, enrollment, students.get(enrollment.studentId));
            AnexoSeisA.Row row = NoveltyWorklist.line(school, entry, enrollment);
            rows.add(row.ready()
                    ? new PreparedRow(enrollment, row, null, enrollment.placement(school.sedeOf(enrollment.simat().sede())))
                    : new PreparedRow(enrollment, row, new SimatCheck.Refused(enrollment.id, enrollment.studentId,
                    entry.documentType(), entry.documentNumber(), name(entry.firstName(), entry.firstSurname()),
                    row.problems()), null));
        }
        return rows;
    }

    /** §4: type and number are unique nationwide, and for CC and TI the number alone. */
    private static String documentKey(StudentLookup.SimatRecord student) {
        String type = student.documentType();
        return ("CC".equals(type) || "TI".equals(type) ? "CC/TI" : type) + ":" + student.documentNumber();
    }

    private static PreparedRow refusedRow(Enrollment enrollment, StudentLookup.SimatRecord student,
                                          List<SimatProblem> problems) {
        return new PreparedRow(enrollment, new AnexoSeisA.Row(null, problems), new SimatCheck.Refused(enrollment.id,
                enrollment.studentId, student == null ? null : student.documentType(),
                student == null ? null : student.documentNumber(),
                student == null ? null : name(student.firstName(), student.firstSurname()), problems), null);
    }

    private static String name(String first, String surname) {
        return first == null && surname == null ? null : (first + " " + surname).trim();
    }

    private static List<UUID> studentIds(List<Enrollment> enrollments) {
        return enrollments.stream().map(e -> e.studentId).distinct().toList();
    }

    private record Built(SimatExport export, List<SimatExportItem> items) {
    }

    private static Built build(Prepared prepared, UUID schoolId, UUID schoolYearId, SimatExportKind kind,
                               String actor) {
        SimatExport export = new SimatExport();
        export.id = UuidV7.next();
        List<String> lines = new ArrayList<>();
        List<SimatExportItem> items = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (PreparedRow row : prepared.rows()) {
            if (!row.row().ready()) {
                skipped.add(STORED.convertValue(row.refused(), JSON_OBJECT));
                continue;
            }
            lines.add(row.row().line());
            SimatExportItem item = new SimatExportItem();
            item.schoolId = schoolId;
            item.exportId = export.id;
            item.enrollmentId = row.enrollment().id;
            item.novelty = row.enrollment().simatStatus.name();
            item.eventId = row.enrollment().simatEventId;
            item.reported = row.reported().stored();
            items.add(item);
        }
        if (lines.isEmpty()) {
            throw Problems.conflict("nothing-to-export", "no pending novelty can be reported to SIMAT as it is: "
                    + "ask with dry_run=true for what each student lacks");
        }
        SimatSchool school = prepared.school();
        Instant now = UtcClock.now();
        export.schoolId = schoolId;
        export.schoolYearId = schoolYearId;
        export.kind = kind;
        export.fileName = (kind == SimatExportKind.anexo_6a ? "anexo6a-" : "novedades-") + school.daneCode() + "-"
                + school.year() + "-" + STAMP.format(now) + ".csv";
        export.encoding = school.charset().name();
        export.delimiter = school.delimiter();
        export.rowCount = lines.size();
        export.skipped(skipped);
        export.content = kind == SimatExportKind.anexo_6a ? AnexoSeisA.file(school, lines)
                : NoveltyWorklist.file(school, lines);
        export.sha256 = sha256(export.content);
        export.createdBy = actor;
        export.createdAt = now;
        return new Built(export, items);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
