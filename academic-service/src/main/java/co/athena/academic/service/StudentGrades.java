package co.athena.academic.service;

import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.Grade;
import co.athena.academic.domain.GradeRules;
import co.athena.academic.domain.Subject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A student's grades in a school year: per course (periods and year), and per area for the year. */
public record StudentGrades(UUID studentId, UUID classGroupId, List<Course> courses, List<Area> areas) {

    public record Course(UUID courseOfferingId, UUID subjectId, UUID areaId, List<CourseGrades.PeriodGrade> periods,
                         Grade year) {
    }

    public record Area(UUID areaId, Grade year) {
    }

    static StudentGrades of(UUID studentId, UUID groupId, EvaluationRules rules, List<CourseOffering> courses,
                            List<Subject> subjects, List<CourseGrades> perCourse) {
        Map<UUID, UUID> areaOf = subjects.stream().collect(Collectors.toMap(s -> s.id, s -> s.areaId));
        List<Course> mine = new ArrayList<>();
        Map<UUID, List<GradeRules.Weighted>> byArea = new LinkedHashMap<>();
        for (int i = 0; i < courses.size(); i++) {
            CourseOffering course = courses.get(i);
            CourseGrades.StudentGrades grades = perCourse.get(i).students().stream()
                    .filter(s -> s.studentId().equals(studentId)).findFirst().orElse(null);
            List<CourseGrades.PeriodGrade> periods = grades == null ? List.of() : grades.periods();
            Grade year = grades == null ? null : grades.year();
            mine.add(new Course(course.id, course.subjectId, areaOf.get(course.subjectId), periods, year));
            if (year != null) {
                byArea.computeIfAbsent(areaOf.get(course.subjectId), a -> new ArrayList<>()).add(
                        new GradeRules.Weighted(year.value(), BigDecimal.valueOf(course.weeklyHours), year.pending()));
            }
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area, parts) -> GradeRules.combine(rules, parts).ifPresent(g -> areas.add(new Area(area, g))));
        return new StudentGrades(studentId, groupId, mine, areas);
    }
}
