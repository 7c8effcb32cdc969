package co.athena.academic.repository;

import co.athena.academic.domain.ActivityScore;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class ScoreRepository implements PanacheRepositoryBase<ActivityScore, UUID> {

    /** The activity's scores as they stand: one per student. */
    public Uni<List<ActivityScore>> current(UUID schoolId, UUID activityId) {
        return list("schoolId = ?1 and activityId = ?2 and supersededBy is null order by studentId", schoolId,
                activityId);
    }

    /** Every score of the activity, replaced ones included, in the order they were written. */
    public Uni<List<ActivityScore>> everyScore(UUID schoolId, UUID activityId) {
        return list("schoolId = ?1 and activityId = ?2 order by id", schoolId, activityId);
    }

    /** The current scores of every activity of a course. */
    public Uni<List<ActivityScore>> currentOfCourse(UUID schoolId, UUID courseId) {
        return list("schoolId = ?1 and supersededBy is null and activityId in (select a.id from EvaluationActivity a "
                + "where a.schoolId = ?1 and a.courseOfferingId = ?2)", schoolId, courseId);
    }
}
