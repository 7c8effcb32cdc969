package co.athena.academic.service;

import co.athena.academic.domain.AcademicPeriod;
import co.athena.academic.repository.PeriodRepository;
import co.athena.academic.repository.ReportCardBuildRepository;
import co.athena.persistence.events.ProcessedEvents;
import co.athena.shared.events.PeriodChangedEvent;
import co.athena.shared.problem.Problems;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Each school year's academic periods, kept from tenancy-service's period events, so that attendance (and later
 * scores and report cards) reads them in its own transaction. Idempotent twice over: by event id, and by version.
 * A date in no period known, or an unknown period, is a 422.
 */
@ApplicationScoped
public class AcademicPeriods {

    static final String CONSUMER = "academic-service.periods";
    private static final String CLOSED = "closed";

    private final PeriodRepository periods;
    private final ReportCardBuildRepository builds;
    private final ProcessedEvents processed;

    public AcademicPeriods(PeriodRepository periods, ReportCardBuildRepository builds, ProcessedEvents processed) {
        this.periods = periods;
        this.builds = builds;
        this.processed = processed;
    }

    /** A period that closes (again) asks for its report cards to be built ({@link ReportCardBuilder}). */
    public Uni<Void> follow(PeriodChangedEvent event) {
        return processed.once(CONSUMER, event, () -> periods.follow(event)
                .chain(applied -> applied == 1 && CLOSED.equals(event.status()) && !event.deleted()
                        ? builds.request(event.periodId(), event.schoolId()).replaceWithVoid()
                        : Uni.createFrom().voidItem()));
    }

    /** The period of the year that contains {@code date}. */
    public Uni<AcademicPeriod> containing(UUID schoolId, UUID schoolYearId, LocalDate date, String field) {
        return periods.containing(schoolId, schoolYearId, date).onItem().ifNull().failWith(() ->
                Problems.unprocessable(field, date + " is in no academic period of the course's school year"));
    }

    /** The year's period with that number. */
    public Uni<AcademicPeriod> numbered(UUID schoolId, UUID schoolYearId, int number, String field) {
        return periods.numbered(schoolId, schoolYearId, number).onItem().ifNull().failWith(() ->
                Problems.unprocessable(field, "the course's school year has no period " + number));
    }
}
