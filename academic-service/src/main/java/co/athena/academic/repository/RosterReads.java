package co.athena.academic.repository;

import co.athena.academic.domain.RosterEntry;
import co.athena.persistence.TenantReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A course's roster in SQL (see {@link TenantReads}): every teacher reads theirs all day, and Hibernate's query
 * translation and result processing cost more than PostgreSQL's answer.
 */
@ApplicationScoped
public class RosterReads {

    /**
     * The course, and its group's open memberships in order of arrival, in one statement: no row when the school
     * has no such course, one without a membership when its group is empty.
     */
    private static final String OF_COURSE = "select m.enrollment_id, m.student_id, m.class_group_id, m.starts_on, "
            + "m.ends_on, m.end_reason from course_offerings c left join class_group_enrollments m "
            + "on m.school_id = c.school_id and m.class_group_id = c.class_group_id and m.ends_on is null "
            + "where c.school_id = $1 and c.id = $2 order by m.id";

    private final TenantReads reads;

    public RosterReads(TenantReads reads) {
        this.reads = reads;
    }

    /** The course's students now, or null when this school has no such course. */
    public Uni<List<RosterEntry>> ofCourse(UUID school, UUID course) {
        return reads.inSchool(school, connection -> connection.preparedQuery(OF_COURSE)
                .execute(Tuple.of(school, course))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    List<RosterEntry> entries = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        if (row.getUUID("enrollment_id") != null) {
                            entries.add(new RosterEntry(row.getUUID("enrollment_id"), row.getUUID("student_id"),
                                    row.getUUID("class_group_id"), row.getLocalDate("starts_on"),
                                    row.getLocalDate("ends_on"), row.getString("end_reason")));
                        }
                    }
                    return entries;
                }));
    }
}
