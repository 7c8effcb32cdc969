package co.athena.student.repository;

import co.athena.persistence.Rows;
import co.athena.student.domain.EnrollmentHistoryEntry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;

/**
 * An enrollment status change into the history, in SQL on the reactive pool (one event per transition: the
 * busiest write of the service), inside the caller's school transaction.
 */
@ApplicationScoped
public class EnrollmentHistoryWrites {

    /**
     * The history row, and the enrollment's newest state, which an older event never overwrites (events can come
     * out of order after a redelivery).
     */
    static final String APPEND = """
            with entry as (
              insert into enrollment_history (id, school_id, student_id, enrollment_id, school_year_id, event_id,
                from_status, to_status, grade_level, group_code, shift, reason, changed_by, changed_at, enrollment_version)
              values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15))
            insert into student_enrollments (enrollment_id, school_id, student_id, school_year_id, status, grade_level,
              group_code, shift, enrollment_version)
            values ($4, $2, $3, $5, $8, $9, $10, $11, $15)
            on conflict (enrollment_id) do update set status = excluded.status, grade_level = excluded.grade_level,
              group_code = excluded.group_code, shift = excluded.shift, enrollment_version = excluded.enrollment_version
            where student_enrollments.enrollment_version < excluded.enrollment_version""";

    public Uni<Void> append(SqlConnection connection, EnrollmentHistoryEntry entry) {
        return connection.preparedQuery(APPEND).execute(Tuple.from(Arrays.asList(entry.id, entry.schoolId,
                        entry.studentId, entry.enrollmentId, entry.schoolYearId, entry.eventId, entry.fromStatus,
                        entry.toStatus, entry.gradeLevel, entry.groupCode, entry.shift, entry.reason, entry.changedBy,
                        Rows.timestamptz(entry.changedAt), entry.enrollmentVersion)))
                .replaceWithVoid();
    }
}
