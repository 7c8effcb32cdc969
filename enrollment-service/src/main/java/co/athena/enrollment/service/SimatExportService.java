package co.athena.enrollment.service;

import co.athena.enrollment.client.References;
import co.athena.enrollment.client.SchoolSettingsView;
import co.athena.enrollment.client.SchoolYearView;
import co.athena.enrollment.client.StudentLookup;
import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.SimatExport;
import co.athena.enrollment.domain.SimatExportItem;
import co.athena.enrollment.domain.SimatExportMetadata;
import co.athena.enrollment.domain.StoredExportFile;
import co.athena.enrollment.repository.EnrollmentRepository;
import co.athena.enrollment.repository.SimatExportRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Anexo 6A exports: freeze the pending novelties of a school year into a file staff upload to SIMAT by
 * hand, keep that file byte for byte, and mark its enrollments synced when staff confirm SIMAT took it.
 */
@ApplicationScoped
public class SimatExportService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final EnrollmentRepository enrollments;
    private final SimatExportRepository exports;
    private final References references;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public SimatExportService(EnrollmentRepository enrollments, SimatExportRepository exports, References references,
                              TenantTransactions transactions, TenantContext tenant) {
        this.enrollments = enrollments;
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
     */
    public Uni<SimatExport> create(UUID schoolYearId) {
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        String bearer = tenant.bearer();
        // two exports prepared at once would freeze the same novelties: the one that stores second is refused
        Instant readAt = UtcClock.now();
        Uni<SchoolYearView> year = references.schoolYear(bearer, schoolYearId).map(found -> found.orElseThrow(() ->
                Problems.unprocessable("school_year_id", "no such school year in this school")));
        Uni<SchoolSettingsView.SimatSettings> settings = references.simatSettings(bearer);
        return Uni.combine().all().unis(year, settings).asTuple()
                .chain(both -> {
                    AnexoSeisA.Header header = header(both.getItem1(), both.getItem2());
                    return transactions.inSchool(schoolId, () -> enrollments.simatPending(schoolId, schoolYearId))
                            .chain(pending -> {
                                if (pending.isEmpty()) {
                                    throw Problems.conflict("nothing-to-export",
                                            "no SIMAT novelties are pending for this school year");
                                }
                                return references.students(bearer, pending.stream().map(e -> e.studentId).distinct().toList())
                                        .map(students -> build(header, schoolId, schoolYearId, actor, pending, students));
                            });
                })
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
                        .replaceWith(built.export())));
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

    private static AnexoSeisA.Header header(SchoolYearView year, SchoolSettingsView.SimatSettings settings) {
        List<FieldError> missing = new ArrayList<>();
        if (settings.daneCode() == null) {
            missing.add(new FieldError("simat_settings.dane_code", "set the school's DANE code in /api/v1/school/settings first"));
        }
        if (settings.sedeCode() == null) {
            missing.add(new FieldError("simat_settings.sede_code", "set the sede's number in /api/v1/school/settings first"));
        }
        if (!missing.isEmpty()) {
            throw Problems.unprocessable(missing);
        }
        return new AnexoSeisA.Header(year.startsOn().getYear(), settings.daneCode(), settings.sedeCode(),
                AnexoSeisA.charset(settings.exportEncoding()), settings.delimiter() == null ? ";" : settings.delimiter());
    }

    private record Built(SimatExport export, List<SimatExportItem> items) {
    }

    /**
     * Enrollments SIMAT cannot take as they are (no such student any more, a document type without
     * code, a name the file's encoding cannot spell) stay pending, listed with the reason.
     */
    private static Built build(AnexoSeisA.Header header, UUID schoolId, UUID schoolYearId, String actor,
                               List<Enrollment> pending, Map<UUID, StudentLookup.StudentView> students) {
        SimatExport export = new SimatExport();
        export.id = UuidV7.next();
        List<String> lines = new ArrayList<>(pending.size());
        List<SimatExportItem> items = new ArrayList<>(pending.size());
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (Enrollment enrollment : pending) {
            StudentLookup.StudentView student = students.get(enrollment.studentId);
            String problem = student == null ? "the student is not in student-service any more"
                    : !AnexoSeisA.DOCUMENT_CODES.containsKey(student.documentType())
                    ? "document type " + student.documentType() + " has no SIMAT code" : null;
            String line = null;
            if (problem == null) {
                try {
                    line = AnexoSeisA.line(header, enrollment, student);
                } catch (AnexoSeisA.NotExportable e) {
                    problem = e.getMessage();
                }
            }
            if (problem != null) {
                Map<String, Object> skip = new LinkedHashMap<>();
                skip.put("enrollment_id", enrollment.id.toString());
                skip.put("reason", problem);
                skipped.add(skip);
                continue;
            }
            lines.add(line);
            SimatExportItem item = new SimatExportItem();
            item.schoolId = schoolId;
            item.exportId = export.id;
            item.enrollmentId = enrollment.id;
            item.novelty = enrollment.simatStatus.name();
            item.eventId = enrollment.simatEventId;
            items.add(item);
        }
        if (lines.isEmpty()) {
            throw Problems.conflict("nothing-to-export", "no pending novelty can be reported to SIMAT: " + skipped);
        }
        Instant now = UtcClock.now();
        export.schoolId = schoolId;
        export.schoolYearId = schoolYearId;
        export.fileName = "anexo6a-" + header.daneCode() + "-" + header.year() + "-" + STAMP.format(now) + ".csv";
        export.encoding = header.charset().name();
        export.delimiter = header.delimiter();
        export.rowCount = lines.size();
        export.skipped(skipped);
        export.content = AnexoSeisA.file(header, lines);
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
