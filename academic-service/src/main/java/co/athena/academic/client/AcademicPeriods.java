package co.athena.academic.client;

import co.athena.shared.problem.Problems;
import co.athena.shared.rest.Siblings;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school year's academic periods, which tenancy-service owns, asked on the caller's behalf before any transaction
 * opens: a date outside every period, or an unknown period, is a 422; tenancy down a 503.
 */
@ApplicationScoped
public class AcademicPeriods {

    private static final String TENANCY = "tenancy-service";

    private final TenancyClient tenancy;

    public AcademicPeriods(@RestClient TenancyClient tenancy) {
        this.tenancy = tenancy;
    }

    /** The period of the year that contains {@code date}. */
    public Uni<PeriodView> containing(String bearer, UUID schoolYearId, LocalDate date, String field) {
        return of(bearer, schoolYearId).map(periods -> periods.stream().filter(p -> p.contains(date)).findFirst()
                .orElseThrow(() -> Problems.unprocessable(field, date + " is in no academic period of the course's "
                        + "school year")));
    }

    /** The year's period with that number. */
    public Uni<PeriodView> numbered(String bearer, UUID schoolYearId, int number, String field) {
        return of(bearer, schoolYearId).map(periods -> periods.stream().filter(p -> p.number() == number).findFirst()
                .orElseThrow(() -> Problems.unprocessable(field, "the course's school year has no period " + number)));
    }

    private Uni<List<PeriodView>> of(String bearer, UUID schoolYearId) {
        return tenancy.periods(bearer, schoolYearId)
                .onFailure(Siblings.NOT_FOUND).recoverWithItem(() -> List.of())
                .onFailure().transform(failure -> Siblings.translate(TENANCY, failure));
    }
}
