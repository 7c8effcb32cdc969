package co.athena.academic.repository;

import co.athena.academic.domain.AcademicPeriod;
import co.athena.shared.events.PeriodChangedEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class PeriodRepository implements PanacheRepositoryBase<AcademicPeriod, UUID> {

    public Uni<AcademicPeriod> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** The year's period that contains the date, or null. */
    public Uni<AcademicPeriod> containing(UUID schoolId, UUID schoolYearId, LocalDate date) {
        return find("schoolId = ?1 and schoolYearId = ?2 and not deleted and startsOn <= ?3 and endsOn >= ?3",
                schoolId, schoolYearId, date).firstResult();
    }

    /** The year's period with that number, or null. */
    public Uni<AcademicPeriod> numbered(UUID schoolId, UUID schoolYearId, int number) {
        return find("schoolId = ?1 and schoolYearId = ?2 and not deleted and number = ?3", schoolId, schoolYearId,
                number).firstResult();
    }

    /** The year's periods, by number. */
    public Uni<List<AcademicPeriod>> ofYear(UUID schoolId, UUID schoolYearId) {
        return list("schoolId = ?1 and schoolYearId = ?2 and not deleted order by number", schoolId, schoolYearId);
    }

    /** Whether a period of the year was closed already (closed or published): its evaluation system is frozen. */
    public Uni<Boolean> anyClosed(UUID schoolId, UUID schoolYearId) {
        return count("schoolId = ?1 and schoolYearId = ?2 and not deleted and status in ('closed', 'published')",
                schoolId, schoolYearId).map(closed -> closed > 0);
    }

    /** Applies a period as it stands, unless a newer version of it was applied already. */
    public Uni<Integer> follow(PeriodChangedEvent event) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into academic_periods (id, school_id, school_year_id, number, name, starts_on, ends_on,
                                                      status, deleted, period_version, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, now())
                        on conflict (id) do update set number = excluded.number, name = excluded.name,
                          starts_on = excluded.starts_on, ends_on = excluded.ends_on, status = excluded.status,
                          deleted = excluded.deleted, period_version = excluded.period_version, updated_at = now()
                        where academic_periods.period_version < excluded.period_version""")
                .setParameter(1, event.periodId()).setParameter(2, event.schoolId())
                .setParameter(3, event.schoolYearId()).setParameter(4, event.number())
                .setParameter(5, event.name()).setParameter(6, event.startsOn()).setParameter(7, event.endsOn())
                .setParameter(8, event.status()).setParameter(9, event.deleted())
                .setParameter(10, event.periodVersion())
                .executeUpdate());
    }
}
