package co.athena.documents.service;

import co.athena.documents.client.EnrollmentClient;
import co.athena.documents.client.References;
import co.athena.documents.config.DocumentLimits;
import co.athena.documents.domain.Checklist;
import co.athena.documents.domain.DocumentMetadata;
import co.athena.documents.domain.DocumentStatus;
import co.athena.documents.domain.DocumentType;
import co.athena.documents.domain.EnrollmentDocument;
import co.athena.documents.domain.StoredFileName;
import co.athena.documents.repository.DocumentRepository;
import co.athena.documents.repository.ErasedStudentRepository;
import co.athena.documents.storage.ContentSniffer;
import co.athena.storage.ObjectStorage;
import co.athena.persistence.OnWorker;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Enrollment documents: uploads to S3, reads with presigned URLs, and staff validation. */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    private static final Set<String> FINAL_STATUSES = Set.of("graduated", "withdrawn");

    private final DocumentRepository documents;
    private final ObjectStorage storage;
    private final ChecklistProgress progress;
    private final References references;
    private final TenantTransactions transactions;
    private final TenantContext tenant;
    private final DocumentLimits limits;
    private final ErasedStudentRepository erased;

    public DocumentService(DocumentRepository documents, ObjectStorage storage, ChecklistProgress progress,
                           References references, TenantTransactions transactions, TenantContext tenant,
                           DocumentLimits limits, ErasedStudentRepository erased) {
        this.erased = erased;
        this.documents = documents;
        this.storage = storage;
        this.progress = progress;
        this.references = references;
        this.transactions = transactions;
        this.tenant = tenant;
        this.limits = limits;
    }

    /** What the uploaded file is, read from its bytes on disk. */
    private record Inspected(String contentType, long size, String sha256) {

        DocumentMetadata metadata() {
            return new DocumentMetadata(size, contentType, sha256);
        }
    }

    /** One upload in flight: who sends which file for which enrollment, and the key its object gets. */
    private record Upload(UUID schoolId, UUID enrollmentId, DocumentType type, String actor, String bearer,
                          FileUpload file, UUID id) {

        String key() {
            return "schools/%s/enrollments/%s/%s/%s".formatted(schoolId, enrollmentId, type, id);
        }
    }

    /**
     * Checks the file (type from its bytes, size) and the enrollment, puts the object, then writes the
     * row — a replaced version stays for audit. If the row cannot be written, the object is removed:
     * neither an orphan object nor a row without its object.
     */
    public Uni<DownloadableDocument> upload(UUID enrollmentId, String typeName, FileUpload file) {
        DocumentType type = type(typeName);
        if (file == null || file.uploadedFile() == null) {
            throw Problems.badRequest("file", "send the document as the multipart field 'file'");
        }
        if (file.size() > limits.maxFileBytes()) {
            throw Problems.tooLarge("a document may have at most " + limits.maxFileBytes() + " bytes; this one has "
                    + file.size());
        }
        Upload upload = new Upload(tenant.requireSchoolId(), enrollmentId, type, tenant.actor(), tenant.bearer(), file,
                UuidV7.next());
        return OnWorker.run(() -> inspect(file.uploadedFile()))
                .chain(inspected -> uploadableEnrollment(upload)
                        .chain(enrollment -> references.settings(upload.bearer())
                                .chain(settings -> store(upload, inspected, enrollment, settings.requiredDocuments()))))
                .map(this::withUrl);
    }

    /** The enrollment, refused when it is closed or its student was anonymized. */
    private Uni<EnrollmentClient.EnrollmentView> uploadableEnrollment(Upload upload) {
        return references.enrollment(upload.bearer(), upload.enrollmentId())
                .invoke(DocumentService::stillOpen)
                .call(enrollment -> transactions.inSchool(upload.schoolId(),
                        () -> erased.isErased(upload.schoolId(), enrollment.studentId())).invoke(DocumentService::notErased));
    }

    /** The object first, then its row; a row that cannot be written takes the object with it. */
    private Uni<EnrollmentDocument> store(Upload upload, Inspected inspected, EnrollmentClient.EnrollmentView enrollment,
                                          List<String> required) {
        return storage.put(upload.key(), upload.file().uploadedFile(), inspected.contentType(), inspected.size())
                .chain(() -> transactions.inSchool(upload.schoolId(), () -> record(upload, inspected, enrollment, required)))
                .onFailure().call(failure -> removeOrphan(upload.key(), failure));
    }

    /** Under the slot's lock the new version replaces the current one (kept for audit); the checklist is reconsidered. */
    private Uni<EnrollmentDocument> record(Upload upload, Inspected inspected, EnrollmentClient.EnrollmentView enrollment,
                                           List<String> required) {
        return documents.lockSlot(upload.schoolId(), upload.enrollmentId(), upload.type())
                .chain(() -> documents.current(upload.schoolId(), upload.enrollmentId(), upload.type()))
                .chain(previous -> {
                    EnrollmentDocument document = newVersion(upload, inspected, enrollment.studentId(), previous);
                    Uni<Void> retired = Uni.createFrom().voidItem();
                    if (previous != null) {
                        previous.current = false;
                        previous.updatedAt = document.uploadedAt;
                        retired = documents.flush();
                    }
                    return retired.chain(() -> documents.persist(document))
                            .chain(() -> progress.reconsider(upload.schoolId(), upload.enrollmentId(),
                                    enrollment.studentId(), required, upload.actor()))
                            .replaceWith(document);
                });
    }

    private static EnrollmentDocument newVersion(Upload upload, Inspected inspected, UUID studentId,
                                                 EnrollmentDocument previous) {
        EnrollmentDocument document = new EnrollmentDocument();
        document.id = upload.id();
        document.schoolId = upload.schoolId();
        document.enrollmentId = upload.enrollmentId();
        document.studentId = studentId;
        document.documentType = upload.type();
        document.documentVersion = previous == null ? 1 : previous.documentVersion + 1;
        document.objectKey = upload.key();
        document.fileName = StoredFileName.of(upload.file().fileName(), inspected.contentType());
        document.metadata = inspected.metadata();
        document.uploadedBy = upload.actor();
        document.uploadedAt = UtcClock.now();
        document.updatedAt = document.uploadedAt;
        return document;
    }

    public Uni<Checklist> checklist(UUID enrollmentId) {
        UUID schoolId = tenant.requireSchoolId();
        String bearer = tenant.bearer();
        return references.enrollment(bearer, enrollmentId).chain(enrollment -> references.settings(bearer))
                .chain(settings -> transactions.inSchool(schoolId,
                        () -> progress.evaluate(schoolId, enrollmentId, settings.requiredDocuments())));
    }

    /** The current version with a download URL valid for a few minutes; another school's is a 404. */
    public Uni<DownloadableDocument> current(UUID enrollmentId, String typeName) {
        DocumentType type = type(typeName);
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> find(schoolId, enrollmentId, type))
                .map(this::withUrl);
    }

    public Uni<List<DownloadableDocument>> versions(UUID enrollmentId, String typeName) {
        DocumentType type = type(typeName);
        UUID schoolId = tenant.requireSchoolId();
        return transactions.inSchool(schoolId, () -> documents.versions(schoolId, enrollmentId, type))
                .map(all -> {
                    if (all.isEmpty()) {
                        throw Problems.notFound("document " + type + " of enrollment", enrollmentId);
                    }
                    return all.stream().map(this::withUrl).toList();
                });
    }

    /** Staff approve or reject the current version; rejecting needs a note. */
    public Uni<DownloadableDocument> validate(UUID enrollmentId, String typeName, ValidationRequest request, ExpectedVersion expected) {
        DocumentType type = type(typeName);
        DocumentStatus decision = DocumentStatus.valueOf(request.status());
        if (decision == DocumentStatus.rejected && (request.note() == null || request.note().isBlank())) {
            throw Problems.badRequest("note", "a rejection needs a note saying what to fix");
        }
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        return references.settings(tenant.bearer()).chain(settings -> transactions.inSchool(schoolId,
                        () -> find(schoolId, enrollmentId, type).chain(document -> {
                            expected.check(document.version, "document " + type);
                            if (document.status == DocumentStatus.deleted) {
                                throw Problems.conflict("document-deleted", "this document was deleted");
                            }
                            document.status = decision;
                            document.validationNote = request.note();
                            document.validatedBy = actor;
                            document.validatedAt = UtcClock.now();
                            document.updatedAt = document.validatedAt;
                            return progress.reconsider(schoolId, enrollmentId, document.studentId,
                                    settings.requiredDocuments(), actor).replaceWith(document);
                        })))
                .map(this::withUrl);
    }

    private Uni<EnrollmentDocument> find(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return documents.current(schoolId, enrollmentId, type).onItem().ifNull()
                .failWith(() -> Problems.notFound("document " + type + " of enrollment", enrollmentId));
    }

    private DownloadableDocument withUrl(EnrollmentDocument document) {
        return new DownloadableDocument(document, document.status == DocumentStatus.deleted ? null
                : storage.downloadUrl(document.objectKey, document.fileName, document.metadata.contentType()));
    }

    /** A graduated or withdrawn enrollment is closed: its documents are a record now, not a draft. */
    private static void stillOpen(EnrollmentClient.EnrollmentView enrollment) {
        if (FINAL_STATUSES.contains(enrollment.status())) {
            throw Problems.conflict("enrollment-closed", "the enrollment is " + enrollment.status()
                    + ": its documents can no longer change");
        }
    }

    /** An anonymized student's files were erased (Ley 1581); nothing new is collected about them. */
    private static void notErased(boolean erased) {
        if (erased) {
            throw Problems.conflict("student-anonymized", "the student was anonymized: no documents are kept for them");
        }
    }

    private Uni<Void> removeOrphan(String key, Throwable cause) {
        LOG.debugf("upload of %s failed after the put (%s); removing the object", key, cause.toString());
        return storage.delete(key).onFailure().invoke(e -> LOG.warnf(
                "could not remove %s after a failed upload; the reconciler will: %s", key, e.toString()))
                .onFailure().recoverWithNull();
    }

    static DocumentType type(String name) {
        return DocumentType.of(name).orElseThrow(() -> Problems.badRequest("document_type",
                "must be one of " + Arrays.toString(DocumentType.values())));
    }

    private Inspected inspect(Path path) {
        try {
            String contentType = ContentSniffer.detect(path).orElseThrow(() -> Problems.unsupportedMediaType(
                    "a document must be a PDF, PNG or JPEG file (judged by its content, not its name)"));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return new Inspected(contentType, Files.size(path), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

}
