package co.athena.documents.service;

import co.athena.documents.domain.DocumentStatus;
import co.athena.documents.domain.EnrollmentDocument;
import co.athena.documents.repository.DocumentRepository;
import co.athena.documents.repository.ErasedStudentRepository;
import co.athena.storage.ObjectStorage;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.shared.ids.UtcClock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * A student anonymized: their uploaded files (identity documents, report cards) are deleted from S3
 * and their rows marked deleted, without their names; the student is remembered as erased, so no
 * new upload is kept for them; consent forms and acceptances stay, as proof. The objects go first
 * (deleting is idempotent), then one transaction marks the rows and the event as done, so a failure
 * anywhere is simply retried.
 */
@ApplicationScoped
public class StudentErasure {

    static final String CONSUMER = "documents-service.student-lifecycle";

    private final DocumentRepository documents;
    private final ObjectStorage storage;
    private final ProcessedEvents processed;
    private final TenantTransactions transactions;
    private final ErasedStudentRepository erased;

    public StudentErasure(DocumentRepository documents, ObjectStorage storage, ProcessedEvents processed,
                          TenantTransactions transactions, ErasedStudentRepository erased) {
        this.erased = erased;
        this.documents = documents;
        this.storage = storage;
        this.processed = processed;
        this.transactions = transactions;
    }

    public Uni<Void> studentChanged(StudentLifecycleEvent event) {
        if (!StudentLifecycleEvent.ANONYMIZED.equals(event.change())) {
            return Uni.createFrom().voidItem();
        }
        return transactions.inSchool(event.schoolId(), () -> documents.personalFilesOf(event.schoolId(), event.studentId()))
                .chain(files -> Multi.createFrom().iterable(files)
                        .onItem().transformToUniAndConcatenate(file -> storage.delete(file.objectKey).replaceWith(file))
                        .collect().last().replaceWith(files))
                .chain(files -> processed.once(CONSUMER, event, () -> markDeleted(event, files)));
    }

    private Uni<Void> markDeleted(StudentLifecycleEvent event, List<EnrollmentDocument> deletedObjects) {
        Instant now = UtcClock.now();
        return documents.personalFilesOf(event.schoolId(), event.studentId()).chain(files -> {
            files.stream().filter(f -> deletedObjects.stream().anyMatch(d -> d.id.equals(f.id))).forEach(f -> {
                f.status = DocumentStatus.deleted;
                f.fileName = null;
                f.updatedAt = now;
            });
            return documents.flush().chain(() -> erased.record(event.schoolId(), event.studentId(), now));
        });
    }
}
