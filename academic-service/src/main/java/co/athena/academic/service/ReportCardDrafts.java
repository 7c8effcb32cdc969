package co.athena.academic.service;

import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.Grade;
import co.athena.academic.domain.RecoveryResult;
import co.athena.academic.domain.ReportCardContent;
import co.athena.academic.domain.ReportCardItem;
import co.athena.academic.domain.Subject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What each student's report card of a group says for a period, from the group's courses as computed
 * ({@link GradeService}): per course the periods so far, this period's grade and level, absences, a recovery and its
 * note; and, when the school shows it, the student's rank in the group by the mean of this period's grades (equal
 * means share a rank: 1, 2, 2, 4).
 */
final class ReportCardDrafts {

    /** A course of the group, and what the period left in it. */
    record CourseLine(CourseOffering course, Subject subject, AcademicArea area, UUID teacherId, CourseGrades grades,
                      Map<UUID, Integer> absences, List<RecoveryResult> recoveries) {
    }

    private ReportCardDrafts() {
    }

    static Map<UUID, ReportCardContent> of(EvaluationRules rules, int period, UUID groupId, List<UUID> students,
                                           List<CourseLine> lines) {
        Map<UUID, List<ReportCardItem>> items = new LinkedHashMap<>();
        for (UUID student : students) {
            items.put(student, lines.stream().map(line -> item(line, student, period)).toList());
        }
        Map<UUID, Integer> ranks = rules.rankInGroup() ? ranks(items) : Map.of();
        Map<UUID, ReportCardContent> contents = new LinkedHashMap<>();
        items.forEach((student, mine) -> contents.put(student,
                new ReportCardContent(groupId, mine, ranks.get(student), students.size())));
        return contents;
    }

    private static ReportCardItem item(CourseLine line, UUID student, int period) {
        List<CourseGrades.PeriodGrade> graded = line.grades().students().stream()
                .filter(s -> s.studentId().equals(student)).findFirst()
                .map(CourseGrades.StudentGrades::periods).orElse(List.of());
        List<ReportCardItem.PeriodMark> soFar = graded.stream().filter(p -> p.period() <= period)
                .map(p -> new ReportCardItem.PeriodMark(p.period(), p.grade().value(), p.grade().level(),
                        p.grade().pending()))
                .toList();
        Grade now = graded.stream().filter(p -> p.period() == period).map(CourseGrades.PeriodGrade::grade)
                .findFirst().orElse(null);
        // the latest recovery of this period (recorded oldest first)
        RecoveryResult recovery = line.recoveries().stream()
                .filter(r -> r.studentId.equals(student) && Objects.equals(r.periodNumber, period))
                .reduce((first, second) -> second).orElse(null);
        return new ReportCardItem(line.course().id, line.subject().id, line.subject().name, line.area().id,
                line.area().name, line.teacherId(), soFar, now == null ? null : now.value(),
                now == null ? null : now.level(), now != null && now.pending(),
                line.absences().getOrDefault(student, 0), recovery == null ? null : recovery.score,
                recovery == null ? null : recovery.note);
    }

    private static Map<UUID, Integer> ranks(Map<UUID, List<ReportCardItem>> items) {
        Map<UUID, BigDecimal> means = new HashMap<>();
        items.forEach((student, mine) -> {
            List<BigDecimal> grades = mine.stream().map(ReportCardItem::grade).filter(Objects::nonNull).toList();
            if (!grades.isEmpty()) {
                means.put(student, grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(grades.size()), 4, RoundingMode.HALF_UP));
            }
        });
        List<Map.Entry<UUID, BigDecimal>> ordered = new ArrayList<>(means.entrySet());
        ordered.sort(Map.Entry.<UUID, BigDecimal>comparingByValue().reversed());
        Map<UUID, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal mean = ordered.get(i).getValue();
            int rank = i > 0 && ordered.get(i - 1).getValue().compareTo(mean) == 0
                    ? ranks.get(ordered.get(i - 1).getKey()) : i + 1;
            ranks.put(ordered.get(i).getKey(), rank);
        }
        return ranks;
    }
}
