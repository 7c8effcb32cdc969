package co.athena.academic.client;

import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.rest.Siblings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a printed report card names and academic-service does not keep: the school's header (tenancy-service) and
 * the students' names (student-service). Asked with the caller's token before any transaction opens; a sibling down
 * is a 503 and nothing is published.
 */
@ApplicationScoped
public class ReportCardSources {

    /** The header of the school's report cards: its branding's display name over its registered name. */
    public record Header(String name, String daneCode, String primaryColor) {
    }

    private static final String TENANCY = "tenancy-service";
    private static final String STUDENTS = "student-service";
    private static final int PAGE = 200;

    private final TenancyClient tenancy;
    private final StudentClient students;

    public ReportCardSources(@RestClient TenancyClient tenancy, @RestClient StudentClient students) {
        this.tenancy = tenancy;
        this.students = students;
    }

    public Uni<Header> header(String bearer) {
        return tenancy.school(bearer).chain(school -> tenancy.settings(bearer).map(settings -> {
                    SchoolSettingsView.Branding branding = settings.brandingSettings();
                    String shown = branding == null || branding.displayName() == null ? school.name()
                            : branding.displayName();
                    return new Header(shown, school.daneCode(), branding == null ? null : branding.primaryColor());
                }))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> Siblings.translate(TENANCY, failure));
    }

    /** Every student of the school by id, page by page (a period's cards name most of them). */
    public Uni<Map<UUID, StudentName>> names(String bearer) {
        return names(bearer, null, new HashMap<>());
    }

    public Uni<StudentName> name(String bearer, UUID studentId) {
        return students.get(bearer, studentId)
                .onFailure(Siblings.NOT_FOUND).transform(failure -> Problems.conflict("student-gone", "student " + studentId
                        + " is not in student-service any more; their report card cannot be printed"))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> Siblings.translate(STUDENTS, failure));
    }

    private Uni<Map<UUID, StudentName>> names(String bearer, String cursor, Map<UUID, StudentName> found) {
        return students.list(bearer, PAGE, cursor)
                .onFailure().transform(failure -> Siblings.translate(STUDENTS, failure))
                .chain(page -> {
                    page.items().forEach(student -> found.put(student.id(), student));
                    return page.nextCursor() == null ? Uni.createFrom().item(found)
                            : names(bearer, page.nextCursor(), found);
                });
    }
}
