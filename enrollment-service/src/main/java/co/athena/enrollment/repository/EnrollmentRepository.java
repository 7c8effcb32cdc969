package co.athena.enrollment.repository;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.domain.SimatStatus;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class EnrollmentRepository implements PanacheRepositoryBase<Enrollment, UUID> {

    public Uni<Enrollment> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** The year's enrollments in a status, oldest first. */
    public Uni<List<Enrollment>> ofYear(UUID schoolId, UUID schoolYearId, EnrollmentStatus status) {
        return list("schoolId = ?1 and schoolYearId = ?2 and status = ?3 order by id", schoolId, schoolYearId, status);
    }

    /** Who has an enrollment in the year, whatever its status. */
    public Uni<List<UUID>> studentsOf(UUID schoolId, UUID schoolYearId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select e.studentId from Enrollment e where e.schoolId = ?1 and e.schoolYearId = ?2", UUID.class)
                .setParameter(1, schoolId).setParameter(2, schoolYearId).getResultList());
    }

    /** The student's enrollments that are not final yet, oldest first. */
    public Uni<List<Enrollment>> openOfStudent(UUID schoolId, UUID studentId) {
        return list("schoolId = ?1 and studentId = ?2 and status in ?3 order by id", schoolId, studentId,
                Arrays.stream(EnrollmentStatus.values()).filter(s -> !s.isClosed()).toList());
    }

    /**
     * Records the novelty an event means for SIMAT, unless a newer event of the enrollment was already
     * applied. A change to an enrollment SIMAT has not been told about yet stays a new enrollment.
     * Written apart from the entity, so the enrollment's own version does not move.
     */
    public Uni<Integer> markSimatPending(UUID schoolId, UUID enrollmentId, SimatStatus novelty, UUID eventId,
                                         Instant eventAt, long enrollmentVersion) {
        return getSession().chain(session -> session.createNativeQuery("""
                        update enrollments
                           set simat_status = case when cast(?1 as text) = 'pending_change'
                                                    and simat_status = 'pending_enrollment'
                                                   then simat_status else cast(?1 as text) end,
                               simat_event_id = ?2, simat_event_at = ?3, simat_event_version = ?4
                         where school_id = ?5 and id = ?6 and simat_event_version < ?4""")
                .setParameter(1, novelty.name()).setParameter(2, eventId).setParameter(3, eventAt)
                .setParameter(4, enrollmentVersion).setParameter(5, schoolId).setParameter(6, enrollmentId)
                .executeUpdate());
    }

    /**
     * An anonymized student's enrollments keep their facts (year, grade, statuses, dates) and lose what
     * staff wrote about them: free-form extra data and the reasons people gave (the system's own, and
     * the fixed creation text, stay).
     */
    public Uni<Integer> forgetWordsAbout(UUID schoolId, UUID studentId) {
        return getSession().chain(session -> session.createNativeQuery("""
                        update enrollments
                           set extra_data = '{}'::jsonb,
                               status_history = (select coalesce(jsonb_agg(case when change->>'changed_by' = ?1
                                                                               or change->>'reason' = ?4 then change
                                                          else change - 'reason' end
                                                          order by position), '[]'::jsonb)
                                                   from jsonb_array_elements(status_history) with ordinality
                                                        as history(change, position)),
                               version = version + 1, updated_at = now()
                         where school_id = ?2 and student_id = ?3""")
                .setParameter(1, Enrollment.SYSTEM_ACTOR).setParameter(2, schoolId).setParameter(3, studentId)
                .setParameter(4, Enrollment.CREATED_REASON)
                .executeUpdate());
    }

    /**
     * SIMAT took the export: each of its enrollments is synced unless a newer novelty arrived since the
     * export froze it (that one stays pending for the next export). A new enrollment SIMAT now knows
     * whose later change is still pending becomes a change. Either way SIMAT now knows what the file told it.
     */
    public Uni<Integer> markSynced(UUID schoolId, UUID exportId, Instant at) {
        return getSession().chain(session -> session.createNativeQuery("""
                        update enrollments e
                           set simat_status = case when e.simat_event_id = i.event_id then 'synced'
                                                   when i.novelty = 'pending_enrollment'
                                                    and e.simat_status = 'pending_enrollment' then 'pending_change'
                                                   else e.simat_status end,
                               simat_synced_at = case when e.simat_event_id = i.event_id then ?3
                                                      else e.simat_synced_at end,
                               simat_reported = i.reported
                          from simat_export_items i
                         where i.school_id = ?1 and i.export_id = ?2 and e.school_id = ?1 and e.id = i.enrollment_id""")
                .setParameter(1, schoolId).setParameter(2, exportId).setParameter(3, at)
                .executeUpdate());
    }
}
