package co.athena.academic.repository;

import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.EnrollmentPlacement;
import co.athena.persistence.Rows;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;

/**
 * The enrollments consumer's writes in SQL on the reactive pool, inside the caller's school transaction: one event
 * per enrollment status change, the busiest write of the service, which through Hibernate's session and flush cost
 * more than the transition that caused it (and fell behind under a school's enrollment day).
 */
@ApplicationScoped
public class PlacementWrites {

    /**
     * The placement as the event says (and the group of its year its code names, when {@code $10} is that code),
     * unless a change as new is known already: then no row. Otherwise one row: the group placed in, and the
     * enrollment's open membership, if any.
     */
    static final String PLACE = """
            with placed as (
              insert into enrollment_placements as p (enrollment_id, school_id, student_id, school_year_id, grade_level,
                group_code, status, enrollment_version, updated_at, class_group_id)
              values ($1, $2, $3, $4, $5, $6, $7, $8, $9, (select g.id from class_groups g
                where g.school_id = $2 and g.school_year_id = $4 and g.code = $10))
              on conflict (enrollment_id) do update set student_id = excluded.student_id,
                school_year_id = excluded.school_year_id, grade_level = excluded.grade_level,
                group_code = excluded.group_code, status = excluded.status,
                enrollment_version = excluded.enrollment_version, updated_at = excluded.updated_at,
                class_group_id = excluded.class_group_id
              where p.enrollment_version < excluded.enrollment_version
              returning class_group_id)
            select placed.class_group_id as placed_in, m.id, m.class_group_id, m.student_id, m.starts_on,
              m.created_at, m.updated_at
            from placed left join class_group_enrollments m
              on m.school_id = $2 and m.enrollment_id = $1 and m.ends_on is null""";

    /** Ends a membership (for {@link co.athena.persistence.outbox.Outbox#appendAfter}, with its event). */
    public static final String END = "update class_group_enrollments set ends_on = $3, end_reason = $4, updated_at = $5 "
            + "where school_id = $1 and id = $2";

    /** Opens a membership (for {@link co.athena.persistence.outbox.Outbox#appendAfter}, with its event). */
    public static final String JOIN = "insert into class_group_enrollments (school_id, id, class_group_id, "
            + "enrollment_id, student_id, starts_on, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $8)";

    /** The placement written, with the group it is in and the open membership it found; null if it was stale. */
    public Uni<Placed> place(SqlConnection connection, EnrollmentPlacement placement) {
        return connection.preparedQuery(PLACE).execute(Tuple.from(Arrays.asList(placement.enrollmentId,
                        placement.schoolId, placement.studentId, placement.schoolYearId, placement.gradeLevel,
                        placement.groupCode, placement.status, placement.enrollmentVersion,
                        Rows.timestamptz(placement.updatedAt), placement.isActive() ? placement.groupCode : null)))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    if (!found.hasNext()) {
                        return null;
                    }
                    Row row = found.next();
                    placement.classGroupId = row.getUUID("placed_in");
                    return new Placed(placement, row.getUUID("id") == null ? null : open(placement, row));
                });
    }

    public static Tuple ending(ClassGroupEnrollment m) {
        return Tuple.of(m.schoolId, m.id, m.endsOn, m.endReason, Rows.timestamptz(m.updatedAt));
    }

    public static Tuple joining(ClassGroupEnrollment m) {
        return Tuple.from(Arrays.asList(m.schoolId, m.id, m.classGroupId, m.enrollmentId, m.studentId, m.startsOn,
                Rows.timestamptz(m.createdAt), Rows.timestamptz(m.updatedAt)));
    }

    /** A placement as written, and its enrollment's open membership (null: none). */
    public record Placed(EnrollmentPlacement placement, ClassGroupEnrollment open) {
    }

    private static ClassGroupEnrollment open(EnrollmentPlacement placement, Row row) {
        ClassGroupEnrollment open = new ClassGroupEnrollment();
        open.id = row.getUUID("id");
        open.schoolId = placement.schoolId;
        open.enrollmentId = placement.enrollmentId;
        open.classGroupId = row.getUUID("class_group_id");
        open.studentId = row.getUUID("student_id");
        open.startsOn = row.getLocalDate("starts_on");
        open.createdAt = Rows.instant(row, "created_at");
        open.updatedAt = Rows.instant(row, "updated_at");
        return open;
    }
}
