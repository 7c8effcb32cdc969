package co.athena.documents.repository;

import co.athena.documents.domain.ConsentAcceptance;
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
}
