package co.athena.academic.repository;

import co.athena.academic.domain.PromotionDecision;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class PromotionRepository implements PanacheRepositoryBase<PromotionDecision, UUID> {

    public Uni<PromotionDecision> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** The year's decisions, by grade, group and student. */
    public Uni<List<PromotionDecision>> ofYear(UUID schoolId, UUID schoolYearId) {
        return list("schoolId = ?1 and schoolYearId = ?2 order by gradeLevel, classGroupId, studentId", schoolId,
                schoolYearId);
    }
}
