package co.athena.enrollment.repository;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.shared.simat.Shift;
import co.athena.enrollment.domain.SimatStatus;
import co.athena.persistence.Rows;
import co.athena.persistence.TenantReads;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The enrollment list in SQL on the reactive pool (see {@link TenantReads}: the school's transaction, RLS as for
 * every read), without Hibernate's result processing: the busiest read of the service. Every query names the
 * school; row-level security is the second wall.
 */
@ApplicationScoped
public class EnrollmentReads {

    public record Filter(UUID schoolYearId, EnrollmentStatus status, Integer gradeLevel, String groupCode) {
    }

    private static final String COLUMNS = "select id, school_id, student_id, school_year_id, grade_level, group_code, "
            + "shift, status, cast(status_history as text) as status_history, simat_status, simat_event_id, "
            + "simat_event_at, simat_synced_at, simat_data, extra_data, created_at, updated_at, version from enrollments";

    private final TenantReads reads;

    public EnrollmentReads(TenantReads reads) {
        this.reads = reads;
    }

    public Uni<List<Enrollment>> page(UUID school, PageRequest page, Filter filter) {
        KeysetQuery query = KeysetQuery.on("id").where("school_id = :school", "school", school)
                .where("school_year_id = :year", "year", filter.schoolYearId())
                .where("status = :status", "status", filter.status() == null ? null : filter.status().name())
                .where("grade_level = :grade", "grade", filter.gradeLevel())
                .where("group_code = :group", "group", filter.groupCode());
        return reads.inSchool(school, connection -> query.list(connection, COLUMNS, EnrollmentReads::enrollment, page));
    }

    private static Enrollment enrollment(Row row) {
        Enrollment e = new Enrollment();
        e.id = row.getUUID("id");
        e.schoolId = row.getUUID("school_id");
        e.studentId = row.getUUID("student_id");
        e.schoolYearId = row.getUUID("school_year_id");
        e.gradeLevel = row.getInteger("grade_level");
        e.groupCode = row.getString("group_code");
        e.shift = Shift.valueOf(row.getString("shift"));
        e.status = EnrollmentStatus.valueOf(row.getString("status"));
        e.restoreHistory(row.getString("status_history"));
        e.simatStatus = SimatStatus.valueOf(row.getString("simat_status"));
        e.simatEventId = row.getUUID("simat_event_id");
        e.simatEventAt = Rows.instant(row, "simat_event_at");
        e.simatSyncedAt = Rows.instant(row, "simat_synced_at");
        e.simatData = row.getJsonObject("simat_data").getMap();
        JsonObject extraData = row.getJsonObject("extra_data");
        e.extraData = extraData == null ? Map.of() : extraData.getMap();
        e.createdAt = Rows.instant(row, "created_at");
        e.updatedAt = Rows.instant(row, "updated_at");
        e.version = row.getLong("version");
        return e;
    }
}
