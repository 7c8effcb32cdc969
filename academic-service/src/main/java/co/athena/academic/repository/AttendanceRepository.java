package co.athena.academic.repository;

import co.athena.academic.domain.AttendanceRecord;
import co.athena.academic.domain.AttendanceTally;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class AttendanceRepository implements PanacheRepositoryBase<AttendanceRecord, UUID> {

    /** The class's roll as it stands: one current record per student. */
    public Uni<List<AttendanceRecord>> current(UUID schoolId, UUID courseId, LocalDate classDate) {
        return list("schoolId = ?1 and courseOfferingId = ?2 and classDate = ?3 and supersededBy is null "
                + "order by studentId", schoolId, courseId, classDate);
    }

    /** Every record of the class, superseded ones included, in the order they were written. */
    public Uni<List<AttendanceRecord>> everyRecord(UUID schoolId, UUID courseId, LocalDate classDate) {
        return list("schoolId = ?1 and courseOfferingId = ?2 and classDate = ?3 order by id", schoolId, courseId,
                classDate);
    }

    /** How many classes of the course have a roll between the dates. */
    public Uni<Integer> classesHeld(UUID schoolId, UUID courseId, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select count(distinct class_date) from attendance_records
                         where school_id = ?1 and course_offering_id = ?2 and class_date between ?3 and ?4
                           and superseded_by is null""", Long.class)
                .setParameter(1, schoolId).setParameter(2, courseId).setParameter(3, from).setParameter(4, to)
                .getSingleResult()).map(Long::intValue);
    }

    /** Each student's current records between the dates, counted by status. */
    public Uni<List<AttendanceTally>> tallies(UUID schoolId, UUID courseId, LocalDate from, LocalDate to) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select student_id, count(*) filter (where status = 'present'),
                               count(*) filter (where status = 'absent'), count(*) filter (where status = 'late'),
                               count(*) filter (where status = 'excused')
                          from attendance_records
                         where school_id = ?1 and course_offering_id = ?2 and class_date between ?3 and ?4
                           and superseded_by is null
                         group by student_id order by student_id""", Object[].class)
                .setParameter(1, schoolId).setParameter(2, courseId).setParameter(3, from).setParameter(4, to)
                .getResultList())
                .map(rows -> rows.stream().map(row -> new AttendanceTally((UUID) row[0], count(row[1]),
                        count(row[2]), count(row[3]), count(row[4]))).toList());
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
