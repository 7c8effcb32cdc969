package co.athena.academic.repository;

import co.athena.academic.domain.EvaluationSystem;
import co.athena.academic.domain.EvaluationSystemChange;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class EvaluationSystemRepository implements PanacheRepositoryBase<EvaluationSystem, UUID> {

    /** The year's evaluation system as set, or null when the school never set one. */
    public Uni<EvaluationSystem> ofYear(UUID schoolId, UUID schoolYearId) {
        return find("schoolId = ?1 and schoolYearId = ?2", schoolId, schoolYearId).firstResult();
    }

    public Uni<Void> record(EvaluationSystemChange change) {
        return Panache.getSession().chain(session -> session.persist(change));
    }

    /** Every change of the year's system, oldest first. */
    public Uni<List<EvaluationSystemChange>> changes(UUID schoolId, UUID evaluationSystemId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery("from EvaluationSystemChange "
                        + "where schoolId = ?1 and evaluationSystemId = ?2 order by version", EvaluationSystemChange.class)
                .setParameter(1, schoolId).setParameter(2, evaluationSystemId).getResultList());
    }
}
