package co.athena.academic.repository;

import co.athena.academic.domain.AbsenceShare;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.UUID;

/** The alerts given (attendance_alerts), in SQL: one per student, course and period, whoever writes first. */
@ApplicationScoped
public class AttendanceAlertRepository {

    /** Records the alert unless one exists for that student, course and period: whether this call recorded it. */
    public Uni<Boolean> recordOnce(UUID id, UUID schoolId, UUID courseId, UUID studentId, int period,
                                   AbsenceShare share, BigDecimal threshold) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into attendance_alerts (id, school_id, course_offering_id, student_id, period_number,
                                                       absences, classes, absence_percent, threshold_percent)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict on constraint attendance_alerts_once do nothing""")
                .setParameter(1, id).setParameter(2, schoolId).setParameter(3, courseId).setParameter(4, studentId)
                .setParameter(5, period).setParameter(6, share.absences()).setParameter(7, share.classes())
                .setParameter(8, share.percent()).setParameter(9, threshold)
                .executeUpdate()).map(inserted -> inserted == 1);
    }
}
