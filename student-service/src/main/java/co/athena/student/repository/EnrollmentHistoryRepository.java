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

    /** The newest state per enrollment: applied only when the event is newer than what is known. */
    public Uni<Integer> advance(EnrollmentHistoryEntry entry) {
        return getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into student_enrollments (enrollment_id, school_id, student_id, school_year_id, status,
                          grade_level, group_code, shift, enrollment_version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (enrollment_id) do update set status = excluded.status,
                          grade_level = excluded.grade_level, group_code = excluded.group_code, shift = excluded.shift,
                          enrollment_version = excluded.enrollment_version
                        where student_enrollments.enrollment_version < excluded.enrollment_version""")
                .setParameter(1, entry.enrollmentId).setParameter(2, entry.schoolId).setParameter(3, entry.studentId)
                .setParameter(4, entry.schoolYearId).setParameter(5, entry.toStatus).setParameter(6, entry.gradeLevel)
                .setParameter(7, entry.groupCode).setParameter(8, entry.shift).setParameter(9, entry.enrollmentVersion)
                .executeUpdate());
    }

}
