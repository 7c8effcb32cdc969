package co.athena.documents.repository;

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

    public Uni<EnrollmentDocument> current(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return find("schoolId = ?1 and enrollmentId = ?2 and documentType = ?3 and current = true",
                schoolId, enrollmentId, type).firstResult();
    }

    public Uni<List<EnrollmentDocument>> currentOf(UUID schoolId, UUID enrollmentId) {
        return list("schoolId = ?1 and enrollmentId = ?2 and current = true order by documentType",
                schoolId, enrollmentId);
    }

    /** Every version of one document, newest first: replaced ones stay for audit. */
    public Uni<List<EnrollmentDocument>> versions(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return list("schoolId = ?1 and enrollmentId = ?2 and documentType = ?3 order by documentVersion desc",
                schoolId, enrollmentId, type);
    }
}
