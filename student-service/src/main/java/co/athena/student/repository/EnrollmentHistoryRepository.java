package co.athena.student.repository;

import co.athena.student.domain.EnrollmentHistoryEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class EnrollmentHistoryRepository implements PanacheRepositoryBase<EnrollmentHistoryEntry, UUID> {

    public Uni<List<EnrollmentHistoryEntry>> ofStudent(UUID school, UUID student) {
        return list("schoolId = ?1 and studentId = ?2", Sort.by("changedAt").and("enrollmentVersion").and("id"),
                school, student);
    }

    /** Staff's words about a student's enrollment changes (rows from before events carried reason codes only). */
    public Uni<Integer> forgetReasons(UUID school, UUID student) {
        return update("reason = null where schoolId = ?1 and studentId = ?2 and reason is not null", school, student);
    }

}
