package co.athena.academic.service;

import co.athena.academic.domain.Grade;

import java.util.List;
import java.util.UUID;

/**
 * Each student's grades in a course: per period that has activities, and for the year so far; where a recovery
 * lifted a grade, {@code before_recovery} keeps what the scores gave.
 */
public record CourseGrades(UUID courseOfferingId, List<StudentGrades> students) {

    public record StudentGrades(UUID studentId, List<PeriodGrade> periods, Grade year, Grade yearBeforeRecovery) {
    }

    public record PeriodGrade(int period, Grade grade, Grade beforeRecovery) {
    }
}
