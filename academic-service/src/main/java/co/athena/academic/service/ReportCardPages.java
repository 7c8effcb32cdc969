package co.athena.academic.service;

import co.athena.academic.client.ReportCardSources;
import co.athena.academic.client.StudentName;
import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.EvaluationRules;
import co.athena.academic.domain.ReportCard;
import co.athena.academic.storage.ReportCardPage;

import java.util.List;

/** A stored report card as its printed page says it: with the school's header, the student's name and the scale. */
final class ReportCardPages {

    private ReportCardPages() {
    }

    static ReportCardPage of(ReportCard card, ReportCardSources.Header header, StudentName student, ClassGroup group,
                             AcademicPeriod period, EvaluationRules rules) {
        List<String> scale = rules.performanceLevels().stream()
                .map(l -> l.level().label() + " " + l.min() + "–" + l.max()).toList();
        return new ReportCardPage(new ReportCardPage.School(header.name(), header.daneCode(), header.primaryColor()),
                student == null ? "Estudiante " + card.studentId : student.fullName(),
                student == null ? null : student.document(), group.code, group.gradeLevel, period.number,
                period.name, card.version, card.correctionReason, card.items(), card.absences, card.rankInGroup,
                card.groupSize, card.directorComment, scale);
    }
}
