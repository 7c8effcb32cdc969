package co.athena.academic.service;

import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.TeacherAssignment;
import co.athena.academic.events.AcademicEvents;
import co.athena.academic.repository.CourseOfferingRepository;
import co.athena.academic.repository.StaffRepository;
import co.athena.academic.repository.TeacherAssignmentRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TransactionLocks;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who teaches each course, with history: one open assignment per course; reassigning ends the open one on the new
 * one's first day, with a reason; nothing is deleted. A teacher is an active member with the teacher role, as
 * identity-service last announced ({@link StaffMembers}). Every change is announced ({@link AcademicEvents}).
 */
@ApplicationScoped
public class TeacherAssignmentService {

    private final TeacherAssignmentRepository assignments;
    private final CourseOfferingRepository courses;
    private final StaffRepository staff;
    private final AcademicEvents events;
    private final TenantContext tenant;

    public TeacherAssignmentService(TeacherAssignmentRepository assignments, CourseOfferingRepository courses,
                                    StaffRepository staff, AcademicEvents events, TenantContext tenant) {
        this.assignments = assignments;
        this.courses = courses;
        this.staff = staff;
        this.events = events;
        this.tenant = tenant;
    }

    /** Assignments of one course are made one at a time (a lock per course), so two never both stay open. */
    @TenantTransactional
    public Uni<TeacherAssignment> assign(UUID courseId, AssignmentRequest request) {
        UUID schoolId = tenant.requireSchoolId();
        String actor = tenant.actor();
        return course(courseId).chain(course -> staff.isActiveTeacher(schoolId, request.teacherId())
                .invoke(teacher -> {
                    if (!teacher) {
                        throw Problems.unprocessable("teacher_id", "not an active teacher of this school");
                    }
                })
                .chain(() -> TransactionLocks.lock("teacher-assignment/" + schoolId + "/" + courseId))
                .chain(() -> assignments.openOfCourse(schoolId, courseId))
                .chain(open -> {
                    Instant now = UtcClock.now();
                    Uni<Void> ended = Uni.createFrom().voidItem();
                    if (open != null) {
                        if (open.teacherId.equals(request.teacherId())) {
                            throw Problems.conflict("already-assigned", "this teacher gives the course since "
                                    + open.startsOn);
                        }
                        if (request.reason() == null || request.reason().isBlank()) {
                            throw Problems.badRequest("reason", "the course has a teacher since " + open.startsOn
                                    + ": reassigning needs a reason, which ends that assignment");
                        }
                        if (request.startsOn().isBefore(open.startsOn)) {
                            throw Problems.unprocessable("starts_on", "the current assignment started on "
                                    + open.startsOn + "; a new one cannot start before it");
                        }
                        open.end(request.startsOn(), request.reason().trim(), actor, now);
                        // ended first: the one-open-per-course index must see it closed
                        ended = assignments.flush().chain(() -> events.assignment(open, course.classGroupId));
                    }
                    TeacherAssignment assignment = new TeacherAssignment();
                    assignment.id = UuidV7.next();
                    assignment.schoolId = schoolId;
                    assignment.courseOfferingId = courseId;
                    assignment.teacherId = request.teacherId();
                    assignment.startsOn = request.startsOn();
                    assignment.assignedBy = actor;
                    assignment.createdAt = now;
                    assignment.updatedAt = now;
                    return ended.chain(() -> assignments.persist(assignment)).chain(assignments::flush)
                            .chain(() -> events.assignment(assignment, course.classGroupId))
                            .replaceWith(assignment);
                }));
    }

    @TenantTransactional
    public Uni<List<TeacherAssignment>> ofCourse(UUID courseId) {
        return course(courseId).chain(course -> assignments.ofCourse(tenant.requireSchoolId(), course.id));
    }

    @TenantTransactional
    public Uni<Page<TeacherAssignment>> list(PageRequest page, UUID teacherId, Boolean open) {
        return assignments.page(tenant.requireSchoolId(), page, teacherId, open)
                .map(rows -> Page.of(rows, page, a -> a.id));
    }

    @TenantTransactional
    public Uni<TeacherAssignment> get(UUID id) {
        return find(id);
    }

    @TenantTransactional
    public Uni<TeacherAssignment> end(UUID id, AssignmentEnd request, ExpectedVersion expected) {
        return find(id).chain(assignment -> {
            expected.check(assignment.version, "teacher assignment " + id);
            if (!assignment.isOpen()) {
                throw Problems.conflict("already-ended", "this assignment ended on " + assignment.endsOn);
            }
            if (request.endsOn().isBefore(assignment.startsOn)) {
                throw Problems.unprocessable("ends_on", "the assignment started on " + assignment.startsOn);
            }
            assignment.end(request.endsOn(), request.reason().trim(), tenant.actor(), UtcClock.now());
            return assignments.flush().chain(() -> course(assignment.courseOfferingId))
                    .chain(course -> events.assignment(assignment, course.classGroupId)).replaceWith(assignment);
        });
    }

    private Uni<CourseOffering> course(UUID courseId) {
        return courses.findInSchool(tenant.requireSchoolId(), courseId)
                .onItem().ifNull().failWith(() -> Problems.notFound("course offering", courseId));
    }

    private Uni<TeacherAssignment> find(UUID id) {
        return assignments.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("teacher assignment", id));
    }
}
