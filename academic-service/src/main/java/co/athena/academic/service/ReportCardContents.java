package co.athena.academic.service;

import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.ReportCardContent;
import co.athena.academic.domain.Subject;
import co.athena.academic.domain.TeacherAssignment;
import co.athena.academic.repository.AreaRepository;
import co.athena.academic.repository.AttendanceRepository;
import co.athena.academic.repository.CourseOfferingRepository;
import co.athena.academic.repository.RecoveryRepository;
import co.athena.academic.repository.SubjectRepository;
import co.athena.academic.repository.TeacherAssignmentRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a group's report cards say for a period, read in the caller's transaction: the group's courses with their
 * subject, area and the teacher who gave them at the period's end, each course's grades ({@link GradeService}), the
 * period's absences and recoveries, put together by {@link ReportCardDrafts}.
 */
@ApplicationScoped
public class ReportCardContents {

    private final GradeService grades;
    private final CourseOfferingRepository courses;
    private final SubjectRepository subjects;
    private final AreaRepository areas;
    private final TeacherAssignmentRepository assignments;
    private final AttendanceRepository attendance;
    private final RecoveryRepository recoveries;

    public ReportCardContents(GradeService grades, CourseOfferingRepository courses, SubjectRepository subjects,
                              AreaRepository areas, TeacherAssignmentRepository assignments,
                              AttendanceRepository attendance, RecoveryRepository recoveries) {
        this.grades = grades;
        this.courses = courses;
        this.subjects = subjects;
        this.areas = areas;
        this.assignments = assignments;
        this.attendance = attendance;
        this.recoveries = recoveries;
    }

    /** Each of {@code members}' cards of the group for the period, by student. */
    public Uni<Map<UUID, ReportCardContent>> ofGroup(AcademicPeriod period, EvaluationRules rules,
                                                    List<AcademicPeriod> yearPeriods, UUID groupId,
                                                    List<ClassGroupEnrollment> members) {
        UUID schoolId = period.schoolId;
        return courses.ofGroup(schoolId, groupId).chain(groupCourses -> {
            if (groupCourses.isEmpty()) {
                return Uni.createFrom().item(contents(rules, period, groupId, members, List.of()));
            }
            List<UUID> courseIds = groupCourses.stream().map(c -> c.id).toList();
            return subjects.inSchool(schoolId, groupCourses.stream().map(c -> c.subjectId).toList())
                    .chain(groupSubjects -> areas.allOfSchool(schoolId)
                            .chain(schoolAreas -> assignments.ofCourses(schoolId, courseIds)
                                    .chain(given -> lines(groupCourses, byId(groupSubjects, s -> s.id),
                                            byId(schoolAreas, a -> a.id), teachers(given, period), period, rules,
                                            yearPeriods, members))))
                    .map(lines -> contents(rules, period, groupId, members, lines));
        });
    }

    private static Map<UUID, ReportCardContent> contents(EvaluationRules rules, AcademicPeriod period, UUID groupId,
                                                         List<ClassGroupEnrollment> members,
                                                         List<ReportCardDrafts.CourseLine> lines) {
        return ReportCardDrafts.of(rules, period.number, groupId,
                members.stream().map(m -> m.studentId).distinct().toList(), lines);
    }

    private Uni<List<ReportCardDrafts.CourseLine>> lines(List<CourseOffering> groupCourses, Map<UUID, Subject> subjectOf,
                                                         Map<UUID, AcademicArea> areaOf, Map<UUID, UUID> teacherOf,
                                                         AcademicPeriod period, EvaluationRules rules,
                                                         List<AcademicPeriod> yearPeriods,
                                                         List<ClassGroupEnrollment> members) {
        Uni<List<ReportCardDrafts.CourseLine>> all = Uni.createFrom().item(new ArrayList<>());
        for (CourseOffering course : groupCourses) {
            Subject subject = subjectOf.get(course.subjectId);
            all = all.chain(done -> grades.ofCourse(course, rules, yearPeriods, members)
                    .chain(computed -> attendance.tallies(course.schoolId, course.id, period.startsOn, period.endsOn)
                            .chain(tallies -> recoveries.ofCourse(course.schoolId, course.id, null)
                                    .map(recovered -> {
                                        done.add(new ReportCardDrafts.CourseLine(course, subject,
                                                areaOf.get(subject.areaId), teacherOf.get(course.id), computed,
                                                tallies.stream().collect(Collectors.toMap(t -> t.studentId(),
                                                        t -> t.absent())), recovered));
                                        return done;
                                    }))));
        }
        return all;
    }

    /** Who gave each course at the period's end: the latest assignment begun by then. */
    private static Map<UUID, UUID> teachers(List<TeacherAssignment> given, AcademicPeriod period) {
        Map<UUID, UUID> teacherOf = new HashMap<>();
        given.stream().filter(a -> !a.startsOn.isAfter(period.endsOn))
                .forEach(a -> teacherOf.put(a.courseOfferingId, a.teacherId));
        return teacherOf;
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
