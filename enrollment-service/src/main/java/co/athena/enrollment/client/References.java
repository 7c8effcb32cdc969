package co.athena.enrollment.client;

import co.athena.shared.problem.FieldError;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.rest.Siblings;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What enrollment asks its siblings, always on the caller's behalf and before any transaction opens
 * (a connection is never held while waiting on another service).
 */
@ApplicationScoped
public class References {

    private static final String TENANCY = "tenancy-service";
    private static final String STUDENT = "student-service";
    private static final String ACADEMIC = "academic-service";

    private final TenancyClient tenancy;
    private final StudentClient students;
    private final AcademicClient academic;

    public References(@RestClient TenancyClient tenancy, @RestClient StudentClient students,
                      @RestClient AcademicClient academic) {
        this.tenancy = tenancy;
        this.students = students;
        this.academic = academic;
    }

    /**
     * Once the school has defined class groups for the year (academic-service), a group code must be one of them
     * in the enrollment's grade; before that, any code goes (it is listed as unplaced until its group exists).
     */
    public Uni<Void> requireGroup(String bearer, UUID schoolYearId, int gradeLevel, String groupCode) {
        if (groupCode == null) {
            return Uni.createFrom().voidItem();
        }
        return academic.classGroups(bearer, schoolYearId, null, 1)
                .chain(any -> any.items().isEmpty() ? Uni.createFrom().<Void>voidItem()
                        : academic.classGroups(bearer, schoolYearId, gradeLevel, AcademicClient.MAX_PAGE).invoke(ofGrade -> {
                            List<String> codes = ofGrade.items().stream().map(ClassGroupsView.Group::code).toList();
                            if (!codes.contains(groupCode)) {
                                throw Problems.unprocessable("group_code", "not a class group of grade " + gradeLevel
                                        + " in this school year (" + (codes.isEmpty() ? "it has none yet"
                                        : String.join(", ", codes)) + ")");
                            }
                        }).replaceWithVoid())
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> Siblings.translate(ACADEMIC, failure));
    }

    /** The student exists and is active in the caller's school, and the year takes enrollments; else 422. */
    public Uni<Void> requireEnrollable(String bearer, UUID studentId, UUID schoolYearId) {
        Uni<Optional<FieldError>> year = schoolYear(bearer, schoolYearId).map(found -> {
            if (found.isEmpty()) {
                return Optional.of(new FieldError("school_year_id", "no such school year in this school"));
            }
            SchoolYearView y = found.get();
            return y.takesEnrollments() ? Optional.empty() : Optional.of(new FieldError("school_year_id",
                    "school year " + y.name() + " is " + y.status() + "; only planning or active years take enrollments"));
        });
        Uni<Optional<FieldError>> student = students(bearer, List.of(studentId)).map(found -> {
            StudentLookup.StudentView view = found.get(studentId);
            if (view == null) {
                return Optional.of(new FieldError("student_id", "no such student in this school"));
            }
            return view.isActive() ? Optional.empty()
                    : Optional.of(new FieldError("student_id", "the student is inactive"));
        });
        return Uni.combine().all().unis(year, student).with((y, s) -> {
            List<FieldError> errors = new ArrayList<>();
            y.ifPresent(errors::add);
            s.ifPresent(errors::add);
            if (!errors.isEmpty()) {
                throw Problems.unprocessable(errors);
            }
            return null;
        }).replaceWithVoid();
    }

    /** The year's promotion decisions by student (academic-service). */
    public Uni<Map<UUID, PromotionView>> promotions(String bearer, UUID schoolYearId) {
        return academic.promotions(bearer, schoolYearId)
                .onFailure().transform(failure -> Siblings.translate(ACADEMIC, failure))
                .map(found -> byId(found, PromotionView::studentId));
    }

    /** The year's class groups by code (academic-service); none until the school defines them. */
    public Uni<Map<String, Integer>> classGroups(String bearer, UUID schoolYearId) {
        return academic.classGroups(bearer, schoolYearId, null, AcademicClient.MAX_PAGE)
                .onFailure().transform(failure -> Siblings.translate(ACADEMIC, failure))
                .map(groups -> groups.items().stream().collect(java.util.stream.Collectors.toMap(
                        ClassGroupsView.Group::code, ClassGroupsView.Group::gradeLevel)));
    }

    public Uni<Optional<SchoolYearView>> schoolYear(String bearer, UUID id) {
        return tenancy.schoolYear(bearer, id).map(Optional::of)
                .onFailure(Siblings.NOT_FOUND).recoverWithItem(Optional.empty())
                .onFailure().transform(failure -> Siblings.translate(TENANCY, failure));
    }

    public Uni<SchoolSettingsView.SimatSettings> simatSettings(String bearer) {
        return tenancy.settings(bearer)
                .map(settings -> settings.simatSettings() == null
                        ? SchoolSettingsView.SimatSettings.NONE : settings.simatSettings())
                .onFailure().transform(failure -> Siblings.translate(TENANCY, failure));
    }

    /** The caller's school's students among {@code ids}, asked in pages of the lookup's size. */
    public Uni<Map<UUID, StudentLookup.StudentView>> students(String bearer, Collection<UUID> ids) {
        return inChunks(ids, chunk -> students.lookup(bearer, new StudentLookup.Request(chunk)).map(StudentLookup.Result::items))
                .map(found -> byId(found, StudentLookup.StudentView::id));
    }

    /** What the SIMAT export needs of these students: characterization, and sensitive data if the caller may read it. */
    public Uni<Map<UUID, StudentLookup.SimatRecord>> simatRecords(String bearer, Collection<UUID> ids) {
        return inChunks(ids, chunk -> students.simatRecords(bearer, new StudentLookup.Request(chunk))
                .map(StudentLookup.SimatRecords::items))
                .map(found -> byId(found, StudentLookup.SimatRecord::id));
    }

    private static <T> Uni<List<T>> inChunks(Collection<UUID> ids, Function<List<UUID>, Uni<List<T>>> call) {
        List<UUID> all = List.copyOf(ids);
        List<List<UUID>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += StudentClient.MAX_LOOKUP) {
            chunks.add(all.subList(i, Math.min(all.size(), i + StudentClient.MAX_LOOKUP)));
        }
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUni(call::apply)
                .merge(4)
                .onFailure().transform(failure -> Siblings.translate(STUDENT, failure))
                .collect().in(ArrayList::new, List::addAll);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> found = new HashMap<>();
        items.forEach(item -> found.put(id.apply(item), item));
        return found;
    }
}
