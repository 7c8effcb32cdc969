package co.athena.academic.service;

import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.Grade;
import co.athena.academic.domain.PerformanceLevel;
import co.athena.academic.domain.RecoveryResult;
import co.athena.academic.domain.ReportCardContent;
import co.athena.academic.domain.ReportCardItem;
import co.athena.academic.domain.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a report card says, from the computed grades of a group's courses. */
class ReportCardDraftsTest {

    private static final EvaluationRules DEFAULTS = EvaluationRules.defaults();
    private static final UUID GROUP = UUID.randomUUID();

    @ParameterizedTest(name = "period grades {0} → ranks {1}")
    @CsvSource(delimiter = '|', value = {
            "4.5 3.0 2.8     | 1 2 3",
            "4.0 4.0 3.0     | 1 1 3",
            "3.0 4.0 4.0 4.0 | 4 1 1 1",
            "2.0 -   5.0     | 2 - 1"})
    void theRankOrdersStudentsByTheirMeanAndEqualMeansShareIt(String grades, String ranks) {
        String[] each = grades.trim().split("\\s+");
        List<UUID> students = new ArrayList<>();
        Map<UUID, String> periodGrade = new HashMap<>();
        for (String grade : each) {
            UUID student = UUID.randomUUID();
            students.add(student);
            periodGrade.put(student, grade);
        }
        Map<UUID, ReportCardContent> cards = ReportCardDrafts.of(withRank(), 1, GROUP, students,
                List.of(line(students, periodGrade, List.of())));
        assertEquals(Arrays.asList(ranks.trim().split("\\s+")), students.stream()
                .map(s -> cards.get(s).rankInGroup() == null ? "-" : cards.get(s).rankInGroup().toString()).toList());
    }

    @Test
    void withoutTheSchoolsRankNoCardHasOne() {
        UUID student = UUID.randomUUID();
        ReportCardContent card = ReportCardDrafts.of(DEFAULTS, 1, GROUP, List.of(student),
                List.of(line(List.of(student), Map.of(student, "4.0"), List.of()))).get(student);
        assertNull(card.rankInGroup());
        assertEquals(1, card.groupSize());
    }

    @Test
    void aLineCarriesThePeriodsSoFarNotTheOnesAfter() {
        UUID student = UUID.randomUUID();
        CourseGrades grades = new CourseGrades(UUID.randomUUID(), List.of(new CourseGrades.StudentGrades(student,
                List.of(period(1, "3.5"), period(2, "4.1"), period(3, "2.0")), null, null)));
        ReportCardItem item = ReportCardDrafts.of(DEFAULTS, 2, GROUP, List.of(student),
                List.of(line(grades, Map.of(student, 3), List.of()))).get(student).items().get(0);
        assertEquals(List.of(1, 2), item.periods().stream().map(ReportCardItem.PeriodMark::period).toList());
        assertEquals(new BigDecimal("4.1"), item.grade());
        assertEquals(PerformanceLevel.alto, item.level());
        assertEquals(3, item.absences());
    }

    @Test
    void aLineCarriesThePeriodsLatestRecoveryAndItsNote() {
        UUID student = UUID.randomUUID();
        List<RecoveryResult> recoveries = List.of(recovery(student, 1, "3.2", "primer intento"),
                recovery(student, 1, "3.8", "Taller aprobado"), recovery(student, null, "4.0", "del año"));
        ReportCardItem item = ReportCardDrafts.of(DEFAULTS, 1, GROUP, List.of(student),
                List.of(line(List.of(student), Map.of(student, "3.0"), recoveries))).get(student).items().get(0);
        assertEquals(new BigDecimal("3.8"), item.recovery());
        assertEquals("Taller aprobado", item.observations());
    }

    @Test
    void aStudentWithNothingGradedHasALineWithoutGrade() {
        UUID student = UUID.randomUUID();
        ReportCardItem item = ReportCardDrafts.of(DEFAULTS, 1, GROUP, List.of(student),
                List.of(line(List.of(), Map.of(), List.of()))).get(student).items().get(0);
        assertNull(item.grade());
        assertNull(item.level());
        assertEquals(List.of(), item.periods());
    }

    private static EvaluationRules withRank() {
        EvaluationRules d = DEFAULTS;
        return new EvaluationRules(d.scale(), d.passingGrade(), d.performanceLevels(), d.periodWeights(),
                d.dimensions(), d.preschoolQualitative(), d.missingScore(), d.recovery(), d.absenceThresholdPercent(),
                d.promotion(), true);
    }

    private static ReportCardDrafts.CourseLine line(List<UUID> students, Map<UUID, String> periodOne,
                                                    List<RecoveryResult> recoveries) {
        List<CourseGrades.StudentGrades> graded = students.stream().filter(s -> !"-".equals(periodOne.get(s)))
                .map(s -> new CourseGrades.StudentGrades(s, List.of(period(1, periodOne.get(s))), null, null))
                .toList();
        return line(new CourseGrades(UUID.randomUUID(), graded), Map.of(), recoveries);
    }

    private static ReportCardDrafts.CourseLine line(CourseGrades grades, Map<UUID, Integer> absences,
                                                    List<RecoveryResult> recoveries) {
        AcademicArea area = new AcademicArea();
        area.id = UUID.randomUUID();
        area.name = "Matemáticas";
        Subject subject = new Subject();
        subject.id = UUID.randomUUID();
        subject.areaId = area.id;
        subject.name = "Álgebra";
        CourseOffering course = new CourseOffering();
        course.id = grades.courseOfferingId();
        course.subjectId = subject.id;
        return new ReportCardDrafts.CourseLine(course, subject, area, UUID.randomUUID(), grades, absences, recoveries);
    }

    private static CourseGrades.PeriodGrade period(int number, String value) {
        BigDecimal grade = new BigDecimal(value);
        PerformanceLevel level = DEFAULTS.performanceLevels().stream()
                .filter(l -> grade.compareTo(l.min()) >= 0 && grade.compareTo(l.max()) <= 0)
                .map(EvaluationRules.LevelRange::level).findFirst().orElseThrow();
        return new CourseGrades.PeriodGrade(number, new Grade(grade, level, false), null);
    }

    private static RecoveryResult recovery(UUID student, Integer period, String score, String note) {
        RecoveryResult result = new RecoveryResult();
        result.studentId = student;
        result.periodNumber = period;
        result.score = new BigDecimal(score);
        result.note = note;
        return result;
    }
}
