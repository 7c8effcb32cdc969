package co.athena.documents.repository;

import co.athena.persistence.TransactionLocks;
import co.athena.documents.domain.DocumentStatus;
import co.athena.documents.domain.DocumentType;
import co.athena.documents.domain.EnrollmentDocument;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class DocumentRepository implements PanacheRepositoryBase<EnrollmentDocument, UUID> {

    /**
     * Holds one document slot (school, enrollment, type) until the transaction ends, so two uploads of
     * the same document become versions n and n+1 instead of one failing on the other.
     */
    public Uni<Void> lockSlot(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return TransactionLocks.lock(schoolId + "/" + enrollmentId + "/" + type);
    }

    public Uni<EnrollmentDocument> current(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return find("schoolId = ?1 and enrollmentId = ?2 and documentType = ?3 and current = true",
                schoolId, enrollmentId, type).firstResult();
    }

    public Uni<List<EnrollmentDocument>> currentOf(UUID schoolId, UUID enrollmentId) {
        return list("schoolId = ?1 and enrollmentId = ?2 and current = true order by documentType",
                schoolId, enrollmentId);
    }

    /** The student's stored files that are not consent forms (those stay as proof of consent). */
    public Uni<List<EnrollmentDocument>> personalFilesOf(UUID schoolId, UUID studentId) {
        return list("schoolId = ?1 and studentId = ?2 and status <> ?3 and documentType not in ?4 order by id",
                schoolId, studentId, DocumentStatus.deleted, List.of(DocumentType.habeas_data, DocumentType.tratamiento_datos));
    }

    /** Every object key the school's rows name, with whether that row still expects its object. */
    public Uni<List<StoredKey>> keysOf(UUID schoolId) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select new co.athena.documents.repository.StoredKey(d.objectKey, d.status <> :deleted)
                          from EnrollmentDocument d where d.schoolId = :school""", StoredKey.class)
                .setParameter("school", schoolId).setParameter("deleted", DocumentStatus.deleted).getResultList());
    }

    /** Every version of one document, newest first: replaced ones stay for audit. */
    public Uni<List<EnrollmentDocument>> versions(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return list("schoolId = ?1 and enrollmentId = ?2 and documentType = ?3 order by documentVersion desc",
                schoolId, enrollmentId, type);
    }
}
