package co.athena.enrollment.repository;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.domain.SimatExportKind;
import co.athena.enrollment.domain.SimatStatus;
import co.athena.persistence.Rows;
import co.athena.persistence.TenantReads;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.shared.simat.Shift;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The enrollment list in SQL on the reactive pool (see {@link TenantReads}: the school's transaction, RLS as for
 * every read), without Hibernate's result processing: the busiest read of the service. Every query names the
 * school; row-level security is the second wall.
 */
@ApplicationScoped
public class EnrollmentReads {

    public record Filter(UUID schoolYearId, EnrollmentStatus status, Integer gradeLevel, String groupCode) {
    }

    /**
     * Every column of an enrollment, in the order {@link #enrollment} reads them: by position, since a read by name
     * scans the row's column names (a tenth of the list's CPU, 19 columns × 50 rows).
     */
    private enum Column {
        id, school_id, student_id, school_year_id, grade_level, group_code, shift, status,
        status_history("cast(status_history as text) as status_history"), simat_status, simat_event_id,
        simat_event_at, simat_synced_at, simat_data, simat_reported, extra_data, created_at, updated_at, version;

        private final String selected;

        Column() {
            this.selected = name();
        }

        Column(String selected) {
            this.selected = selected;
        }
    }

    /** Every column of an enrollment, the history as text; bench/run's SQL twins read with it too. */
    public static final String COLUMNS = Arrays.stream(Column.values()).map(c -> c.selected)
            .collect(Collectors.joining(", ", "select ", " from enrollments"));

    private final TenantReads reads;

    public EnrollmentReads(TenantReads reads) {
        this.reads = reads;
    }

    /**
     * The school year's pending novelties of one kind, in id order: enrollments SIMAT never heard of from Athena go
     * in the Anexo 6A; every other pending novelty (a re-admission of a reported one too) in the worklist.
     */
    public Uni<List<Enrollment>> simatPending(UUID school, UUID schoolYear, SimatExportKind kind) {
        String toRegister = "(simat_status = 'pending_enrollment' and simat_reported is null)";
        String sql = COLUMNS + " where school_id = $1 and school_year_id = $2 and simat_status like 'pending%' and "
                + (kind == SimatExportKind.anexo_6a ? toRegister : "not " + toRegister) + " order by id";
        return reads.inSchool(school, connection -> connection.preparedQuery(sql).execute(Tuple.of(school, schoolYear))
                .map(rows -> {
                    List<Enrollment> pending = new ArrayList<>(rows.size());
                    rows.forEach(row -> pending.add(enrollment(row)));
                    return pending;
                }));
    }

    /**
     * Of these students, those enrolled in this school in another school year, each with the earliest such
     * enrollment id (ids are time-ordered UUIDv7): whether a student is new to the school.
     */
    public Uni<Map<UUID, UUID>> earliestInOtherYears(UUID school, UUID schoolYear, Collection<UUID> students) {
        return reads.inSchool(school, connection -> connection.preparedQuery("""
                        select student_id, (array_agg(id order by id))[1] as earliest from enrollments
                         where school_id = $1 and school_year_id <> $2 and student_id = any($3)
                         group by student_id""")
                .execute(Tuple.of(school, schoolYear, students.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, UUID> earliest = new HashMap<>();
                    rows.forEach(row -> earliest.put(row.getUUID("student_id"), row.getUUID("earliest")));
                    return earliest;
                }));
    }

    public Uni<List<Enrollment>> page(UUID school, PageRequest page, Filter filter) {
        KeysetQuery query = KeysetQuery.on("id").where("school_id = :school", "school", school)
                .where("school_year_id = :year", "year", filter.schoolYearId())
                .where("status = :status", "status", filter.status() == null ? null : filter.status().name())
                .where("grade_level = :grade", "grade", filter.gradeLevel())
                .where("group_code = :group", "group", filter.groupCode());
        return reads.inSchool(school, connection -> query.list(connection, COLUMNS, EnrollmentReads::enrollment, page));
    }

    static Enrollment enrollment(Row row) {
        Enrollment e = new Enrollment();
        e.id = row.getUUID(Column.id.ordinal());
        e.schoolId = row.getUUID(Column.school_id.ordinal());
        e.studentId = row.getUUID(Column.student_id.ordinal());
        e.schoolYearId = row.getUUID(Column.school_year_id.ordinal());
        e.gradeLevel = row.getInteger(Column.grade_level.ordinal());
        e.groupCode = row.getString(Column.group_code.ordinal());
        e.shift = Shift.valueOf(row.getString(Column.shift.ordinal()));
        e.status = EnrollmentStatus.valueOf(row.getString(Column.status.ordinal()));
        e.restoreHistory(row.getString(Column.status_history.ordinal()));
        e.simatStatus = SimatStatus.valueOf(row.getString(Column.simat_status.ordinal()));
        e.simatEventId = row.getUUID(Column.simat_event_id.ordinal());
        e.simatEventAt = Rows.instant(row, Column.simat_event_at.ordinal());
        e.simatSyncedAt = Rows.instant(row, Column.simat_synced_at.ordinal());
        e.simatData = row.getJsonObject(Column.simat_data.ordinal()).getMap();
        JsonObject reported = row.getJsonObject(Column.simat_reported.ordinal());
        e.simatReported = reported == null ? null : reported.getMap();
        JsonObject extraData = row.getJsonObject(Column.extra_data.ordinal());
        e.extraData = extraData == null ? Map.of() : extraData.getMap();
        e.createdAt = Rows.instant(row, Column.created_at.ordinal());
        e.updatedAt = Rows.instant(row, Column.updated_at.ordinal());
        e.version = row.getLong(Column.version.ordinal());
        return e;
    }
}
