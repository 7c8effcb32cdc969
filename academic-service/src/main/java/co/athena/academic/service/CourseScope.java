package co.athena.academic.service;

import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.repository.CourseOfferingRepository;
import co.athena.academic.repository.TeacherAssignmentRepository;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.CallerPermissions;
import co.athena.shared.tenant.TenantContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * Whose courses a caller may act on: staff who see the whole school act on every course; a teacher only on the
 * courses they teach now (the open assignment), checked against the database on every request, never the token.
 */
@ApplicationScoped
public class CourseScope {

    private final CourseOfferingRepository courses;
    private final TeacherAssignmentRepository assignments;
    private final CallerPermissions caller;
    private final TenantContext tenant;

    public CourseScope(CourseOfferingRepository courses, TeacherAssignmentRepository assignments,
                       CallerPermissions caller, TenantContext tenant) {
        this.courses = courses;
        this.assignments = assignments;
        this.caller = caller;
        this.tenant = tenant;
    }

    /** The course of the caller's school (404), if the caller may act on it (403); in the caller's transaction. */
    public Uni<CourseOffering> require(UUID courseId) {
        return courses.findInSchool(tenant.requireSchoolId(), courseId)
                .onItem().ifNull().failWith(() -> Problems.notFound("course offering", courseId))
                .chain(this::require);
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

    /** Whether the caller sees all of a group: staff who see every course, and the group's director. */
    public boolean seesWholeGroup(ClassGroup group) {
        return caller.seesWholeSchool() || tenant.actorId().filter(id -> id.equals(group.directorId)).isPresent();
    }

    /** The group, if the caller sees all of it (403 otherwise). */
    public ClassGroup requireWholeGroup(ClassGroup group) {
        if (!seesWholeGroup(group)) {
            throw Problems.forbidden("only the group's director, or staff who see every course, may do this");
        }
        return group;
    }
}
