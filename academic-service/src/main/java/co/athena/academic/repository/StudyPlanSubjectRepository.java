package co.athena.academic.repository;

import co.athena.academic.domain.StudyPlanSubject;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The subjects of study plans. */
@ApplicationScoped
@WithSession
public class StudyPlanSubjectRepository implements PanacheRepositoryBase<StudyPlanSubject, StudyPlanSubject.Key> {

    public Uni<List<StudyPlanSubject>> ofPlans(UUID schoolId, Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("schoolId = ?1 and studyPlanId in ?2 order by studyPlanId, subjectId", schoolId, planIds);
    }
}
