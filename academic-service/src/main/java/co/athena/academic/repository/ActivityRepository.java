package co.athena.academic.repository;

import co.athena.academic.domain.EvaluationActivity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class ActivityRepository implements PanacheRepositoryBase<EvaluationActivity, UUID> {

    public Uni<EvaluationActivity> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** A course's activities, of one period or all, in the order they were made (a period holds a few dozen). */
    public Uni<List<EvaluationActivity>> ofCourse(UUID schoolId, UUID courseId, Integer period) {
        return period == null
                ? list("schoolId = ?1 and courseOfferingId = ?2 order by periodNumber, id", schoolId, courseId)
                : list("schoolId = ?1 and courseOfferingId = ?2 and periodNumber = ?3 order by id", schoolId, courseId,
                period);
    }
}
