package co.athena.academic.service;

import co.athena.academic.client.SchoolYears;
import co.athena.academic.domain.ClassGroup;
import co.athena.academic.domain.CourseOffering;
import co.athena.academic.domain.StudyPlan;
import co.athena.academic.domain.StudyPlanSubject;
import co.athena.academic.repository.ClassGroupRepository;
import co.athena.academic.repository.CourseOfferingRepository;
import co.athena.academic.repository.StudyPlanRepository;
import co.athena.academic.repository.StudyPlanSubjectRepository;
import co.athena.academic.repository.SubjectRepository;
import co.athena.persistence.TenantTransactional;
import co.athena.persistence.TenantTransactions;
import co.athena.persistence.TransactionLocks;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Course offerings: generated from each grade's study plan for every group of the year, and adjustable. */
@ApplicationScoped
public class CourseOfferingService {

    private final MergePatches patches;
    private final CourseOfferingRepository courses;
    private final ClassGroupRepository groups;
    private final SubjectRepository subjects;
    private final StudyPlanRepository plans;
    private final StudyPlanSubjectRepository planSubjects;
    private final SchoolYears years;
    private final TenantTransactions transactions;
    private final TenantContext tenant;

    public CourseOfferingService(MergePatches patches, CourseOfferingRepository courses, ClassGroupRepository groups,
                                 SubjectRepository subjects, StudyPlanRepository plans,
                                 StudyPlanSubjectRepository planSubjects, SchoolYears years,
                                 TenantTransactions transactions, TenantContext tenant) {
        this.patches = patches;
        this.courses = courses;
        this.groups = groups;
        this.subjects = subjects;
        this.plans = plans;
        this.planSubjects = planSubjects;
        this.years = years;
        this.transactions = transactions;
        this.tenant = tenant;
    }

    @TenantTransactional
    public Uni<Page<CourseOffering>> list(PageRequest page, UUID schoolYearId, UUID classGroupId) {
        return courses.page(tenant.requireSchoolId(), page, schoolYearId, classGroupId)
                .map(rows -> Page.of(rows, page, c -> c.id));
    }

    @TenantTransactional
    public Uni<CourseOffering> get(UUID id) {
        return find(id);
    }

    /** The group and the subject must be this school's (422 naming them); the same subject twice is a 409. */
    @TenantTransactional
    public Uni<CourseOffering> create(CourseOfferingRequest request) {
        UUID schoolId = tenant.requireSchoolId();
        return groups.findInSchool(schoolId, request.classGroupId())
                .chain(group -> subjects.findInSchool(schoolId, request.subjectId()).map(subject -> {
                    List<FieldError> errors = new ArrayList<>();
                    if (group == null) {
                        errors.add(new FieldError("class_group_id", "no such class group in this school"));
                    }
                    if (subject == null) {
                        errors.add(new FieldError("subject_id", "no such subject in this school"));
                    }
                    if (!errors.isEmpty()) {
                        throw Problems.unprocessable(errors);
                    }
                    return course(group, request.subjectId(), request.weeklyHours(), UtcClock.now());
                }))
                .chain(course -> courses.persist(course).chain(courses::flush).replaceWith(course));
    }

    /**
     * For every group of the year whose grade has a study plan, the plan's subjects it does not have yet, with the
     * plan's hours; courses already there stay as they are, so running it again creates nothing. Two generations of
     * one year run one after the other.
     */
    public Uni<GenerationResult> generate(GenerationRequest request) {
        UUID schoolId = tenant.requireSchoolId();
        UUID yearId = request.schoolYearId();
        return years.requireOpen(tenant.bearer(), yearId).chain(() -> transactions.inSchool(schoolId, () ->
                TransactionLocks.lock("course-generation/" + schoolId + "/" + yearId)
                        .chain(() -> groups.ofYear(schoolId, yearId))
                        .chain(yearGroups -> plans.ofYear(schoolId, yearId)
                                .chain(yearPlans -> planSubjects.ofPlans(schoolId, yearPlans.stream().map(p -> p.id).toList())
                                        .chain(planRows -> courses.ofYear(schoolId, yearId)
                                                .map(existing -> generated(yearGroups, yearPlans, planRows, existing)))))
                        .chain(this::store)));
    }

    private GenerationResult generated(List<ClassGroup> yearGroups, List<StudyPlan> yearPlans,
                                       List<StudyPlanSubject> planRows, List<CourseOffering> existing) {
        Map<Integer, UUID> planOfGrade = yearPlans.stream().collect(Collectors.toMap(p -> p.gradeLevel, p -> p.id));
        Map<UUID, List<StudyPlanSubject>> subjectsOfPlan = planRows.stream()
                .collect(Collectors.groupingBy(s -> s.studyPlanId));
        Set<String> there = existing.stream().map(c -> c.classGroupId + "/" + c.subjectId).collect(Collectors.toSet());
        Instant now = UtcClock.now();
        List<CourseOffering> created = new ArrayList<>();
        List<UUID> withoutPlan = new ArrayList<>();
        int alreadyThere = 0;
        for (ClassGroup group : yearGroups) {
            UUID plan = planOfGrade.get(group.gradeLevel);
            if (plan == null) {
                withoutPlan.add(group.id);
                continue;
            }
            for (StudyPlanSubject subject : subjectsOfPlan.getOrDefault(plan, List.of())) {
                if (there.contains(group.id + "/" + subject.subjectId)) {
                    alreadyThere++;
                } else {
                    created.add(course(group, subject.subjectId, subject.weeklyHours, now));
                }
            }
        }
        return new GenerationResult(created, alreadyThere, withoutPlan);
    }

    private Uni<GenerationResult> store(GenerationResult result) {
        return result.created().isEmpty() ? Uni.createFrom().item(result)
                : courses.persist(result.created()).chain(courses::flush).replaceWith(result);
    }

    @TenantTransactional
    public Uni<CourseOffering> update(UUID id, MergePatch<CourseOfferingPatch> patch, ExpectedVersion expected) {
        return find(id).chain(course -> {
            expected.check(course.version, "course offering " + id);
            CourseOfferingPatch changed = patches.apply(patch, CourseOfferingPatch.of(course));
            if (changed.equals(CourseOfferingPatch.of(course))) {
                return Uni.createFrom().item(course);
            }
            course.weeklyHours = changed.weeklyHours();
            course.updatedAt = UtcClock.now();
            return courses.flush().replaceWith(course);
        });
    }

    @TenantTransactional
    public Uni<Void> delete(UUID id, ExpectedVersion expected) {
        return find(id).chain(course -> {
            expected.check(course.version, "course offering " + id);
            return courses.delete(course).chain(courses::flush);
        });
    }

    private static CourseOffering course(ClassGroup group, UUID subjectId, int weeklyHours, Instant at) {
        CourseOffering course = new CourseOffering();
        course.id = UuidV7.next();
        course.schoolId = group.schoolId;
        course.schoolYearId = group.schoolYearId;
        course.classGroupId = group.id;
        course.subjectId = subjectId;
        course.weeklyHours = weeklyHours;
        course.createdAt = at;
        course.updatedAt = at;
        return course;
    }

    private Uni<CourseOffering> find(UUID id) {
        return courses.findInSchool(tenant.requireSchoolId(), id)
                .onItem().ifNull().failWith(() -> Problems.notFound("course offering", id));
    }
}
