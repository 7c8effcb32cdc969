package co.athena.academic.repository;

import co.athena.academic.domain.TeacherAssignment;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class TeacherAssignmentRepository implements PanacheRepositoryBase<TeacherAssignment, UUID> {

    public Uni<TeacherAssignment> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** A course's assignments, oldest first: who taught it when. */
    public Uni<List<TeacherAssignment>> ofCourse(UUID schoolId, UUID courseOfferingId) {
        return list("schoolId = ?1 and courseOfferingId = ?2 order by id", schoolId, courseOfferingId);
    }

    public Uni<TeacherAssignment> openOfCourse(UUID schoolId, UUID courseOfferingId) {
        return find("schoolId = ?1 and courseOfferingId = ?2 and endsOn is null", schoolId, courseOfferingId)
                .firstResult();
    }

    /** {@code open}: only the assignments not ended (true), only the ended ones (false), or all (null). */
    public Uni<List<TeacherAssignment>> page(UUID schoolId, PageRequest page, UUID teacherId, Boolean open) {
        KeysetQuery query = KeysetQuery.on("id").where("schoolId = :school", "school", schoolId)
                .where("teacherId = :teacher", "teacher", teacherId);
        if (open != null) {
            query.where(open ? "endsOn is null" : "endsOn is not null", Map.of());
        }
        return query.list(this, page);
    }

    /** Which of these courses the teacher gives now. */
    public Uni<List<UUID>> openOfTeacher(UUID schoolId, UUID teacherId, List<UUID> courseIds) {
        return list("schoolId = ?1 and teacherId = ?2 and endsOn is null and courseOfferingId in ?3", schoolId,
                teacherId, courseIds).map(rows -> rows.stream().map(a -> a.courseOfferingId).toList());
    }

    /** Every assignment of these courses, ended or not, oldest first. */
    public Uni<List<TeacherAssignment>> ofCourses(UUID schoolId, List<UUID> courseIds) {
        return list("schoolId = ?1 and courseOfferingId in ?2 order by startsOn, id", schoolId, courseIds);
    }
}
