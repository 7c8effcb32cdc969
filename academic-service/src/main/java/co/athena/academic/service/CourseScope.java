package co.athena.academic.service;

import co.athena.academic.domain.CourseOffering;
import co.athena.academic.repository.TeacherAssignmentRepository;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.CallerPermissions;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whose courses a caller may act on: staff who see the whole school act on every course; a teacher only on the
 * courses they teach now (the open assignment), checked against the database on every request, never the token.
 */
@ApplicationScoped
public class CourseScope {

    private final TeacherAssignmentRepository assignments;
    private final CallerPermissions caller;
    private final TenantContext tenant;

    public CourseScope(TeacherAssignmentRepository assignments, CallerPermissions caller, TenantContext tenant) {
        this.assignments = assignments;
        this.caller = caller;
        this.tenant = tenant;
    }

    public Uni<CourseOffering> require(CourseOffering course) {
        if (caller.seesWholeSchool()) {
            return Uni.createFrom().item(course);
        }
        return assignments.openOfCourse(course.schoolId, course.id).map(open -> {
            if (open == null || tenant.actorId().filter(open.teacherId::equals).isEmpty()) {
                throw Problems.forbidden("only the course's teacher, or staff who see every course, may do this");
            }
            return course;
        });
    }
}
