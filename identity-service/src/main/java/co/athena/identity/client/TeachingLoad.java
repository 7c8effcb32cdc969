package co.athena.identity.client;

import co.athena.shared.problem.Problems;
import co.athena.shared.rest.Siblings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Whether a teacher still gives courses, asked of academic-service on the caller's behalf before a membership loses
 * the teacher role (DESIGN §8: a teacher with active assignments cannot be deactivated). academic-service down is a
 * 503: the membership does not change.
 */
@ApplicationScoped
public class TeachingLoad {

    private static final String ACADEMIC = "academic-service";
    /** How many assignments the refusal names; the rest are counted by the first page's size. */
    private static final int NAMED = 20;

    private final AcademicClient academic;

    public TeachingLoad(@RestClient AcademicClient academic) {
        this.academic = academic;
    }

    public Uni<Void> requireNone(String bearer, UUID teacher) {
        return academic.openAssignments(bearer, teacher, true, NAMED)
                .onFailure().transform(failure -> Siblings.translate(ACADEMIC, failure))
                .invoke(page -> {
                    if (!page.items().isEmpty()) {
                        throw Problems.conflict("teacher-assigned", "this teacher still gives courses (assignments "
                                + page.items().stream().map(a -> a.id().toString()).collect(Collectors.joining(", "))
                                + "): reassign them or end them in academic-service first");
                    }
                }).replaceWithVoid();
    }
}
