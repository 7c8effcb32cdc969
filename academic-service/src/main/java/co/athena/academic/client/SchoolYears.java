package co.athena.academic.client;

import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.rest.Siblings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

/**
 * The school years tenancy-service owns, asked on the caller's behalf before any transaction opens (a connection
 * is never held while waiting on another service): unknown or closed is a 422, tenancy down a 503.
 */
@ApplicationScoped
public class SchoolYears {

    private static final String TENANCY = "tenancy-service";

    private final TenancyClient tenancy;

    public SchoolYears(@RestClient TenancyClient tenancy) {
        this.tenancy = tenancy;
    }

    /** The school year, or a 404 when the caller's school has none with this id. */
    public Uni<SchoolYearView> require(String bearer, UUID schoolYearId) {
        return tenancy.schoolYear(bearer, schoolYearId)
                .onFailure(Siblings.NOT_FOUND).transform(failure -> Problems.notFound("school year", schoolYearId))
                .onFailure(failure -> !(failure instanceof ProblemException))
                .transform(failure -> Siblings.translate(TENANCY, failure));
    }

    public Uni<Void> requireOpen(String bearer, UUID schoolYearId) {
        return tenancy.schoolYear(bearer, schoolYearId)
                .onFailure(Siblings.NOT_FOUND).recoverWithItem(() -> null)
                .onFailure().transform(failure -> Siblings.translate(TENANCY, failure))
                .invoke(year -> {
                    if (year == null) {
                        throw Problems.unprocessable("school_year_id", "no such school year in this school");
                    }
                    if (!year.takesChanges()) {
                        throw Problems.unprocessable("school_year_id", "school year " + year.name() + " is "
                                + year.status() + "; only a planning or active year's structure changes");
                    }
                }).replaceWithVoid();
    }
}
