package co.athena.academic.service;

import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.StudyPlan;
import co.athena.academic.domain.StudyPlanSubject;
import co.athena.academic.domain.Subject;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A study plan with its subjects, and the catalog entries and areas they name, for an answer. */
public record StudyPlanView(StudyPlan plan, List<StudyPlanSubject> subjects, Map<UUID, Subject> catalog,
                            Map<UUID, AcademicArea> areas) {
}
