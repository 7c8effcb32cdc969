package co.athena.student.service;

import co.athena.persistence.metrics.LongWork;
import co.athena.persistence.OnWorker;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.jobs.JobProgress;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.text.OneOfValidator;
import co.athena.student.config.ImportLimits;
import co.athena.student.domain.Gender;
import co.athena.student.domain.Guardian;
import co.athena.student.domain.GuardianDocumentType;
import co.athena.student.domain.IdentityDocumentType;
import co.athena.student.domain.PersonName;
import co.athena.student.domain.Relationship;
import co.athena.student.domain.Student;
import co.athena.student.domain.StudentGuardian;
import co.athena.student.domain.StudentIdentity;
import co.athena.student.repository.GuardianRepository;
import co.athena.student.repository.StudentGuardianRepository;
import co.athena.student.repository.StudentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bulk import of students with up to two guardians per row. Every row is checked first; one bad row
 * and nothing is written. Upsert by document number, so importing the same file again changes nothing.
 */
@ApplicationScoped
public class StudentImportService {

    static final List<String> REQUIRED = List.of("document_type", "document_number", "first_name", "first_surname",
            "birth_date", "gender");
    /** New rows written per flush, each chunk reported to the import's job. */
    private static final int WRITE_CHUNK = 2000;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final StudentRepository students;
    private final GuardianRepository guardians;
    private final StudentGuardianRepository links;
    private final TenantContext tenant;
    private final TenantTransactions transactions;
    private final RunningImports running;
    private final ImportLimits limits;
    private final LongWork work;

    public StudentImportService(StudentRepository students, GuardianRepository guardians,
                                StudentGuardianRepository links, TenantContext tenant, TenantTransactions transactions,
                                RunningImports running, ImportLimits limits, LongWork work) {
        this.work = work;
        this.transactions = transactions;
        this.running = running;
        this.limits = limits;
        this.students = students;
        this.guardians = guardians;
        this.links = links;
        this.tenant = tenant;
    }

    /**
     * Refuses a file over the limits before reading it (413), and a second import of a school while one
     * runs (429); parses and checks the rows on a worker thread, never on the event loop; writes them in
     * one transaction, so a failure or a shutdown half-way commits nothing.
     */
    public Uni<ImportReport> importCsv(byte[] file, Optional<Charset> charset, boolean dryRun, JobProgress progress) {
        if (file.length > limits.maxBytes()) {
            throw Problems.tooLarge("an import may have at most " + limits.maxBytes() + " bytes; this file has "
                    + file.length + ": split it");
        }
        int lines = CsvTable.lineCount(file);
        if (lines - 1 > limits.maxRows()) {
            throw Problems.tooLarge("an import may have at most " + limits.maxRows() + " rows; this file has "
                    + (lines - 1) + " lines after the header: split it");
        }
        UUID school = tenant.requireSchoolId();
        if (!running.start(school)) {
            throw Problems.tooManyRequests("an import of this school is running; retry when it has ended", 5);
        }
        return work.timed("student_import", () -> OnWorker.run(() -> validated(file, charset))
                .chain(rows -> transactions.inSchool(school, () -> students.allOfSchool(school)
                        .chain(existingStudents -> guardians.allOfSchool(school)
                                .chain(existingGuardians -> links.allOfSchool(school).chain(existingLinks -> apply(
                                        school, rows, index(existingStudents, s -> s.documentNumber),
                                        index(existingGuardians, g -> g.documentNumber), existingLinks, dryRun,
                                        progress)))))))
                .eventually(() -> running.end(school));
    }

    /** A file too long to wait for: it runs as a job (202) even when its caller would wait. */
    public boolean large(byte[] file) {
        return CsvTable.lineCount(file) - 1 > limits.jobRows();
    }

    private static List<Row> validated(byte[] file, Optional<Charset> charset) {
        CsvTable table = CsvTable.parse(file, charset);
        List<String> missing = table.missing(REQUIRED);
        if (!missing.isEmpty()) {
            throw Problems.malformed("the header lacks the column(s) " + missing + "; required: " + REQUIRED);
        }
        return validated(table);
    }

    private Uni<ImportReport> apply(UUID school, List<Row> rows, Map<String, Student> byDocument,
                                    Map<String, Guardian> guardiansByDocument, List<StudentGuardian> existingLinks,
                                    boolean dryRun, JobProgress progress) {
        Set<String> linked = existingLinks.stream().map(l -> l.studentId + "/" + l.guardianId).collect(Collectors.toSet());
        Set<UUID> withPrimary = existingLinks.stream().filter(l -> l.primary).map(l -> l.studentId)
                .collect(Collectors.toSet());
        List<Object> toPersist = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int guardiansCreated = 0;
        for (Row row : rows) {
            Student student = byDocument.get(row.documentNumber());
            if (student == null) {
                student = new Student();
                student.id = UuidV7.next();
                student.schoolId = school;
                student.createdAt = UtcClock.now();
                student.updatedAt = student.createdAt;
                row.identity().applyTo(student);
                byDocument.put(row.documentNumber(), student);
                toPersist.add(student);
                created++;
            } else if (row.identity().differsFrom(student)) {
                row.identity().applyTo(student);
                student.updatedAt = UtcClock.now();
                updated++;
            } else {
                unchanged++;
            }
            for (GuardianRow g : row.guardians) {
                Guardian guardian = guardiansByDocument.get(g.documentNumber);
                if (guardian == null) {
                    guardian = g.create(school);
                    guardiansByDocument.put(g.documentNumber, guardian);
                    toPersist.add(guardian);
                    guardiansCreated++;
                } else {
                    g.refresh(guardian);
                }
                if (linked.add(student.id + "/" + guardian.id)) {
                    toPersist.add(g.link(student, guardian, withPrimary.add(student.id) && g.primary));
                }
            }
        }
        ImportReport report = new ImportReport(dryRun, rows.size(), created, updated, unchanged, guardiansCreated,
                List.of());
        if (dryRun) {
            return progress.total(rows.size()).chain(() -> progress.advanced(rows.size())).replaceWith(report);
        }
        // new rows in dependency order: students and guardians before the links between them
        List<Object> ordered = new ArrayList<>(toPersist.stream().filter(o -> !(o instanceof StudentGuardian)).toList());
        ordered.addAll(toPersist.stream().filter(o -> o instanceof StudentGuardian).toList());
        Uni<Void> written = progress.total(ordered.size());
        // in chunks, each flushed and told, all in the one transaction: the import stays all or nothing
        for (int from = 0; from < ordered.size(); from += WRITE_CHUNK) {
            List<Object> chunk = ordered.subList(from, Math.min(ordered.size(), from + WRITE_CHUNK));
            written = written.chain(() -> students.getSession()
                    .chain(session -> session.persistAll(chunk.toArray()).chain(session::flush))
                    .chain(() -> progress.advanced(chunk.size())));
        }
        return written.replaceWith(report);
    }

    private static List<Row> validated(CsvTable table) {
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            String at = "rows[" + (i + 2) + "]."; // line number in the file, the header being line 1
            Row row = Row.of(table, i, at, errors);
            if (row.documentNumber() != null && !seen.add(row.documentNumber())) {
                errors.add(new FieldError(at + "document_number", "this student appears twice in the file"));
            }
            rows.add(row);
        }
        if (!errors.isEmpty()) {
            throw Problems.invalid(errors);
        }
        return rows;
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> index = new HashMap<>();
        rows.forEach(row -> index.put(key.apply(row), row));
        return index;
    }

    /** One checked row: a student and up to two guardians. */
    private record Row(StudentIdentity identity, List<GuardianRow> guardians) {

        static Row of(CsvTable table, int i, String at, List<FieldError> errors) {
            String type = required(table, i, "document_type", at, errors);
            String number = IdentityDocumentType.normalize(required(table, i, "document_number", at, errors));
            if (!oneOf(type, IdentityDocumentType.class, at + "document_type", errors)) {
                type = null;
            } else if (type != null && number != null) {
                Documents.check(type, number, at, errors);
            }
            String gender = required(table, i, "gender", at, errors);
            oneOf(gender, Gender.class, at + "gender", errors);
            LocalDate birth = date(required(table, i, "birth_date", at, errors), at, errors);
            List<GuardianRow> guardians = new ArrayList<>();
            for (int n = 1; n <= 2; n++) {
                GuardianRow.of(table, i, "guardian" + n + "_", at, n == 1, errors).ifPresent(guardians::add);
            }
            return new Row(new StudentIdentity(type, number, PersonName.clean(required(table, i, "first_name", at, errors)),
                    PersonName.clean(table.value(i, "second_name")),
                    PersonName.clean(required(table, i, "first_surname", at, errors)),
                    PersonName.clean(table.value(i, "second_surname")), birth, gender), guardians);
        }

        String documentNumber() {
            return identity.documentNumber();
        }

        private static LocalDate date(String value, String at, List<FieldError> errors) {
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    LocalDate date = LocalDate.parse(value, format);
                    if (!date.isBefore(LocalDate.now())) {
                        errors.add(new FieldError(at + "birth_date", "must be in the past"));
                    }
                    return date;
                } catch (DateTimeParseException ignored) {
                    // try the next format
                }
            }
            errors.add(new FieldError(at + "birth_date", "must be a date as YYYY-MM-DD or DD/MM/YYYY"));
            return null;
        }
    }

    private record GuardianRow(String documentType, String documentNumber, String fullName, String relationship,
                               String phone, String email, boolean primary) {

        static Optional<GuardianRow> of(CsvTable table, int i, String prefix, String at, boolean primary,
                                        List<FieldError> errors) {
            List<String> fields = List.of("document_type", "document_number", "full_name", "relationship", "phone", "email");
            if (fields.stream().allMatch(f -> table.value(i, prefix + f) == null)) {
                return Optional.empty();
            }
            String type = required(table, i, prefix + "document_type", at, errors);
            String number = IdentityDocumentType.normalize(required(table, i, prefix + "document_number", at, errors));
            if (!oneOf(type, GuardianDocumentType.class, at + prefix + "document_type", errors)) {
                type = null;
            } else if (type != null && number != null) {
                Documents.check(type, number, at + prefix, errors);
            }
            String relationship = required(table, i, prefix + "relationship", at, errors);
            relationship = relationship == null ? null : relationship.toLowerCase();
            oneOf(relationship, Relationship.class, at + prefix + "relationship", errors);
            return Optional.of(new GuardianRow(type, number, required(table, i, prefix + "full_name", at, errors),
                    relationship, table.value(i, prefix + "phone"),
                    table.value(i, prefix + "email"), primary));
        }

        Guardian create(UUID school) {
            Guardian g = new Guardian();
            g.id = UuidV7.next();
            g.schoolId = school;
            g.documentType = documentType;
            g.documentNumber = documentNumber;
            g.fullName = fullName;
            g.phone = phone;
            g.email = email;
            g.createdAt = UtcClock.now();
            g.updatedAt = g.createdAt;
            return g;
        }

        void refresh(Guardian g) {
            if (!Objects.equals(g.fullName, fullName) || (phone != null && !phone.equals(g.phone))
                    || (email != null && !email.equals(g.email))) {
                g.fullName = fullName;
                g.phone = phone == null ? g.phone : phone;
                g.email = email == null ? g.email : email;
                g.updatedAt = UtcClock.now();
            }
        }

        StudentGuardian link(Student student, Guardian guardian, boolean primary) {
            StudentGuardian link = new StudentGuardian();
            link.schoolId = student.schoolId;
            link.studentId = student.id;
            link.guardianId = guardian.id;
            link.relationship = relationship;
            link.primary = primary;
            link.priority = this.primary ? 1 : 2;
            link.createdAt = UtcClock.now();
            return link;
        }
    }

    private static String required(CsvTable table, int i, String column, String at, List<FieldError> errors) {
        String value = table.value(i, column);
        if (value == null) {
            errors.add(new FieldError(at + column, "is required"));
        }
        return value;
    }

    /** The same rule as the API's {@code @OneOf}: false (and an error naming the allowed values) when not one of them. */
    private static boolean oneOf(String value, Class<? extends Enum<?>> allowed, String field, List<FieldError> errors) {
        List<String> names = OneOfValidator.allowed(allowed);
        if (value == null || names.contains(value)) {
            return true;
        }
        errors.add(new FieldError(field, OneOfValidator.message(names)));
        return false;
    }
}
