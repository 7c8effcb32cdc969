package co.athena.documents.repository;

import co.athena.persistence.TransactionLocks;
import co.athena.documents.domain.ConsentAcceptance;
import co.athena.documents.domain.DocumentType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class ConsentRepository implements PanacheRepositoryBase<ConsentAcceptance, UUID> {

    /** The enrollment's acceptances, newest first: the first of each type is the one in force. */
    public Uni<List<ConsentAcceptance>> ofEnrollment(UUID schoolId, UUID enrollmentId) {
        return list("schoolId = ?1 and enrollmentId = ?2 order by acceptedAt desc, id desc", schoolId, enrollmentId);
    }

    /** The same guardian's acceptance of the same form and text version for the enrollment, if recorded. */
    public Uni<ConsentAcceptance> same(UUID schoolId, UUID enrollmentId, DocumentType type, UUID guardianId, int textVersion) {
        return find("schoolId = ?1 and enrollmentId = ?2 and documentType = ?3 and acceptedByGuardianId = ?4 "
                + "and policyTextVersion = ?5 order by acceptedAt, id", schoolId, enrollmentId, type, guardianId, textVersion)
                .firstResult();
    }

    /** Serializes acceptances of one form of one enrollment until the transaction ends: one record each. */
    public Uni<Void> lockForm(UUID schoolId, UUID enrollmentId, DocumentType type) {
        return TransactionLocks.lock("consent/" + schoolId + "/" + enrollmentId + "/" + type);
    }
}
