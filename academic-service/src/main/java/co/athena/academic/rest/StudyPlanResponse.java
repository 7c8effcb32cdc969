package co.athena.academic.rest;

import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.AreaWeights;
import co.athena.academic.domain.StudyPlan;
import co.athena.academic.domain.Subject;
import co.athena.academic.service.StudyPlanView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A grade's plan: its subjects, and each area's weekly hours and weight (set by the school, or from its hours). */
public record StudyPlanResponse(UUID id, UUID schoolYearId, int gradeLevel, List<PlanSubject> subjects,
                                List<PlanArea> areas, int totalWeeklyHours, Instant createdAt, Instant updatedAt,
                                long version) {

    public record PlanSubject(UUID subjectId, String code, String name, UUID areaId, int weeklyHours) {
    }

    public record PlanArea(UUID areaId, String code, String name, int weeklyHours, BigDecimal weight,
                           boolean weightSet) {
    }

    public static StudyPlanResponse of(StudyPlanView view) {
        StudyPlan plan = view.plan();
        Map<UUID, Integer> hours = new LinkedHashMap<>();
        List<PlanSubject> subjects = view.subjects().stream().map(row -> {
            Subject subject = view.catalog().get(row.subjectId);
            hours.merge(subject.areaId, row.weeklyHours, Integer::sum);
            return new PlanSubject(row.subjectId, subject.code, subject.name, subject.areaId, row.weeklyHours);
        }).toList();
        Map<UUID, Integer> set = plan.setWeights();
        Map<UUID, BigDecimal> weights = AreaWeights.of(hours, set);
        List<PlanArea> areas = hours.entrySet().stream().map(e -> {
            AcademicArea area = view.areas().get(e.getKey());
            return new PlanArea(e.getKey(), area.code, area.name, e.getValue(), weights.get(e.getKey()),
                    set.containsKey(e.getKey()));
        }).toList();
        return new StudyPlanResponse(plan.id, plan.schoolYearId, plan.gradeLevel, subjects, areas,
                view.subjects().stream().mapToInt(s -> s.weeklyHours).sum(), plan.createdAt, plan.updatedAt,
                plan.version);
    }
}
