package co.athena.documents.repository;

import co.athena.documents.domain.ChecklistState;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class ChecklistStateRepository implements PanacheRepositoryBase<ChecklistState, ChecklistState.Key> {

    /** Locked for the rest of the transaction: two changes of one enrollment announce one after the other. */
    public Uni<ChecklistState> findForUpdate(UUID schoolId, UUID enrollmentId) {
        return find("schoolId = ?1 and enrollmentId = ?2", schoolId, enrollmentId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }
}
