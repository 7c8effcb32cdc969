package co.athena.tenancy.repository;

import co.athena.tenancy.domain.AcademicPeriod;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AcademicPeriodRepository implements PanacheRepositoryBase<AcademicPeriod, UUID> {

    public Uni<List<AcademicPeriod>> ofYear(UUID schoolId, UUID yearId) {
        return find("schoolId = ?1 and schoolYearId = ?2", Sort.by("number"), schoolId, yearId).list();
    }

    public Uni<AcademicPeriod> findByNumber(UUID schoolId, UUID yearId, int number) {
        return find("schoolId = ?1 and schoolYearId = ?2 and number = ?3", schoolId, yearId, number).firstResult();
    }

    /** Another period of the year whose dates meet [from, to] (both ends inclusive). */
    public Uni<AcademicPeriod> overlapping(UUID schoolId, UUID yearId, LocalDate from, LocalDate to, UUID except) {
        return find("schoolId = ?1 and schoolYearId = ?2 and id <> ?3 and startsOn <= ?4 and endsOn >= ?5",
                schoolId, yearId, except, to, from).firstResult();
    }

    public Uni<Boolean> anyOutside(UUID schoolId, UUID yearId, LocalDate from, LocalDate to) {
        return count("schoolId = ?1 and schoolYearId = ?2 and (startsOn < ?3 or endsOn > ?4)",
                schoolId, yearId, from, to).map(n -> n > 0);
    }
}
