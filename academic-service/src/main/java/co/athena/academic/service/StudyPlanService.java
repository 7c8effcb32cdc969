package co.athena.academic.service;

import co.athena.academic.client.SchoolYears;
import co.athena.academic.domain.AcademicArea;
import co.athena.academic.domain.StudyPlan;
import co.athena.academic.domain.StudyPlanSubject;
import co.athena.academic.domain.Subject;
import co.athena.academic.repository.AreaRepository;
import co.athena.academic.repository.StudyPlanRepository;
import co.athena.academic.repository.StudyPlanSubjectRepository;
import co.athena.academic.repository.SubjectRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.ids.UuidV7;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.MergePatches;
import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import co.athena.shared.version.ExpectedVersion;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A study plan per grade and school year; its subject list is replaced as a whole. */
@ApplicationScoped
public class StudyPlanService {

    private final MergePatches patches;
    private final StudyPlanRepository plans;
    private final StudyPlanSubjectRepository planSubjects;
    private final SubjectRepository subjects;
    private final AreaRepository areas;
    private final SchoolYears years;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public StudyPlanService(MergePatches patches, StudyPlanRepository plans, StudyPlanSubjectRepository planSubjects,
                            SubjectRepository subjects, AreaRepository areas, SchoolYears years,
                            TenantTransactions transactions, TenantContext tenant) {
        this.patches = patches;
        this.plans = plans;
        this.planSubjects = planSubjects;
        this.subjects = subjects;
        this.areas = areas;
        this.years = years;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Page<StudyPlanView>> list(PageRequest page, UUID schoolYearId) {
        return plans.page(tenant.requireSchoolId(), page, schoolYearId).chain(rows -> views(rows)
                .map(views -> Page.of(views, page, v -> v.plan().id)));
    }

    @TenantTransactional
    public Uni<StudyPlanView> get(UUID id) {
        return find(id).chain(plan -> views(List.of(plan))).map(views -> views.get(0));
    }

    public Uni<StudyPlanView> create(StudyPlanRequest request) {
        ClassGroupService.requireGrade(request.gradeLevel());
        UUID schoolId = tenant.requireSchoolId();
        Map<UUID, Integer> weights = request.areaWeights() == null ? Map.of() : request.areaWeights();
        return years.requireOpen(tenant.bearer(), request.schoolYearId())
                .chain(() -> transactions.inSchool(schoolId, () -> checked(request.subjects(), weights).chain(catalog -> {
                    StudyPlan plan = new StudyPlan();
                    plan.id = UuidV7.next();
                    plan.schoolId = schoolId;
                    plan.schoolYearId = request.schoolYearId();
                    plan.gradeLevel = request.gradeLevel();
                    plan.areaWeights = stored(weights);
                    plan.createdAt = UtcClock.now();
                    plan.updatedAt = plan.createdAt;
                    List<StudyPlanSubject> rows = rows(plan, request.subjects());
                    return plans.persist(plan).chain(() -> planSubjects.persist(rows)).chain(plans::flush)
                            .chain(() -> view(plan, rows));
                })));
    }

    @TenantTransactional
    public Uni<StudyPlanView> update(UUID id, MergePatch<StudyPlanPatch> patch, ExpectedVersion expected) {
        UUID schoolId = tenant.requireSchoolId();
        return find(id).chain(plan -> {
            expected.check(plan.version, "study plan " + id);
            return planSubjects.ofPlans(schoolId, List.of(plan.id)).chain(current -> {
                StudyPlanPatch before = new StudyPlanPatch(current.stream().map(s ->
                        new StudyPlanRequest.PlanSubject(s.subjectId, s.weeklyHours)).toList(), plan.setWeights());
                StudyPlanPatch changed = patches.apply(patch, before);
                Map<UUID, Integer> weights = changed.areaWeights() == null ? Map.of() : changed.areaWeights();
                if (changed.subjects().equals(before.subjects()) && weights.equals(before.areaWeights())) {
                    return view(plan, current);
                }
                boolean sameSubjects = changed.subjects().equals(before.subjects());
                return checked(changed.subjects(), weights).chain(catalog -> {
                    plan.areaWeights = stored(weights);
                    plan.updatedAt = UtcClock.now();
                    if (sameSubjects) {
                        return plans.flush().chain(() -> view(plan, current));
                    }
                    List<StudyPlanSubject> rows = rows(plan, changed.subjects());
                    return planSubjects.getSession().chain(session -> session.removeAll(current.toArray()))
                            .chain(planSubjects::flush)
                            .chain(() -> planSubjects.persist(rows)).chain(plans::flush)
                            .chain(() -> view(plan, rows));
                });
            });
        });
    }

    @TenantTransactional
    public Uni<Void> delete(UUID id, ExpectedVersion expected) {
        return find(id).chain(plan -> {
            expected.check(plan.version, "study plan " + id);
            return plans.delete(plan).chain(plans::flush);
        });
    }

    /**
     * Subjects given once and of this school (422 naming the entry otherwise); weights only for areas the plan
     * has, adding up to at most 100 %, and to exactly 100 % when every area of the plan has one.
     */
    private Uni<Map<UUID, Subject>> checked(List<StudyPlanRequest.PlanSubject> given, Map<UUID, Integer> weights) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!seen.add(given.get(i).subjectId())) {
                throw Problems.badRequest("subjects[" + i + "].subject_id", "is given twice");
            }
        }
        return subjects.inSchool(tenant.requireSchoolId(), seen).map(found -> {
            Map<UUID, Subject> catalog = found.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                if (!catalog.containsKey(given.get(i).subjectId())) {
                    errors.add(new FieldError("subjects[" + i + "].subject_id", "no such subject in this school"));
                }
            }
            Set<UUID> planAreas = catalog.values().stream().map(s -> s.areaId).collect(Collectors.toSet());
            weights.keySet().stream().filter(area -> !planAreas.contains(area)).forEach(area ->
                    errors.add(new FieldError("area_weights." + area, "no subject of the plan is in this area")));
            if (!errors.isEmpty()) {
                throw Problems.unprocessable(errors);
            }
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            if (total > 100) {
                throw Problems.badRequest("area_weights", "the set weights add up to " + total + " %, more than 100");
            }
            if (weights.keySet().containsAll(planAreas) && total != 100) {
                throw Problems.badRequest("area_weights", "every area of the plan has a set weight, so they must add "
                        + "up to 100 %, not " + total);
            }
            return catalog;
        });
    }

    private Uni<List<StudyPlanView>> views(List<StudyPlan> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID schoolId = tenant.requireSchoolId();
        return planSubjects.ofPlans(schoolId, rows.stream().map(p -> p.id).toList()).chain(all -> catalog(all)
                .map(catalog -> {
                    Map<UUID, List<StudyPlanSubject>> byPlan = all.stream()
                            .collect(Collectors.groupingBy(s -> s.studyPlanId));
                    return rows.stream().map(plan -> new StudyPlanView(plan, byPlan.getOrDefault(plan.id, List.of()),
                            catalog.subjects(), catalog.areas())).toList();
                }));
    }

    private Uni<StudyPlanView> view(StudyPlan plan, List<StudyPlanSubject> rows) {
        return catalog(rows).map(catalog -> new StudyPlanView(plan, rows, catalog.subjects(), catalog.areas()));
    }

    private record Catalog(Map<UUID, Subject> subjects, Map<UUID, AcademicArea> areas) {
    }

    private Uni<Catalog> catalog(List<StudyPlanSubject> rows) {
        UUID schoolId = tenant.requireSchoolId();
        Set<UUID> ids = rows.stream().map(s -> s.subjectId).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Uni.createFrom().item(new Catalog(Map.of(), Map.of()));
        }
        return subjects.inSchool(schoolId, ids).chain(found -> areas.allOfSchool(schoolId).map(all -> new Catalog(
                found.stream().collect(Collectors.toMap(s -> s.id, Function.identity())),
                all.stream().collect(Collectors.toMap(a -> a.id, Function.identity())))));
    }

    private static List<StudyPlanSubject> rows(StudyPlan plan, List<StudyPlanRequest.PlanSubject> given) {
        return given.stream().map(s -> {
            StudyPlanSubject row = new StudyPlanSubject();
            row.schoolId = plan.schoolId;
            row.studyPlanId = plan.id;
            row.subjectId = s.subjectId();
            row.weeklyHours = s.weeklyHours();
            return row;
        }).toList();
    }

    private static Map<String, Integer> stored(Map<UUID, Integer> weights) {
        Map<String, Integer> stored = new HashMap<>();
        weights.forEach((area, weight) -> stored.put(area.toString(), weight));
        return stored;
    }

    private Uni<StudyPlan> find(UUID id) {
        return plans.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("study plan", id));
    }
}
