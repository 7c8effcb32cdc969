package co.athena.academic.service;

import co.athena.academic.domain.ClassGroupEnrollment;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.Grade;
import co.athena.academic.domain.GradeRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A group's grades for a period, or for the year so far (period null): the courses, and per student each course's
 * grade and each area's (its courses weighted by weekly hours).
 */
public record GroupGrades(UUID classGroupId, Integer period, List<Course> courses, List<Student> students) {

    public record Course(UUID courseOfferingId, UUID subjectId, UUID areaId, int weeklyHours) {
    }

    public record Student(UUID studentId, List<CourseGrade> courses, List<AreaGrade> areas) {
    }

    public record CourseGrade(UUID courseOfferingId, Grade grade) {
    }

    public record AreaGrade(UUID areaId, Grade grade) {
    }

    static GroupGrades of(UUID groupId, Integer period, EvaluationRules rules, List<CourseOffering> groupCourses,
                          Map<UUID, UUID> areaOf, List<ClassGroupEnrollment> roster, List<CourseGrades> perCourse) {
        List<Course> courses = groupCourses.stream().map(c -> new Course(c.id, c.subjectId, areaOf.get(c.subjectId),
                c.weeklyHours)).toList();
        List<Student> students = new ArrayList<>();
        for (ClassGroupEnrollment member : roster) {
            List<CourseGrade> mine = new ArrayList<>();
            Map<UUID, List<GradeRules.Weighted>> byArea = new LinkedHashMap<>();
            for (int i = 0; i < groupCourses.size(); i++) {
                CourseOffering course = groupCourses.get(i);
                Grade grade = perCourse.get(i).students().stream()
                        .filter(s -> s.studentId().equals(member.studentId)).findFirst()
                        .map(s -> period == null ? s.year() : s.periods().stream().filter(p -> p.period() == period)
                                .map(CourseGrades.PeriodGrade::grade).findFirst().orElse(null))
                        .orElse(null);
                mine.add(new CourseGrade(course.id, grade));
                if (grade != null) {
                    byArea.computeIfAbsent(areaOf.get(course.subjectId), a -> new ArrayList<>()).add(
                            new GradeRules.Weighted(grade.value(), BigDecimal.valueOf(course.weeklyHours),
                                    grade.pending()));
                }
            }
            List<AreaGrade> areas = new ArrayList<>();
            byArea.forEach((area, parts) -> GradeRules.combine(rules, parts)
                    .ifPresent(grade -> areas.add(new AreaGrade(area, grade))));
            students.add(new Student(member.studentId, mine, areas));
        }
        return new GroupGrades(groupId, period, courses, students);
    }
}
