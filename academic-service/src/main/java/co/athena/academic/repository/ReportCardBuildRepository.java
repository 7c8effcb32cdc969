package co.athena.academic.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The queue of periods whose report cards are to be built: a row per period, requested again each time it closes.
 * A builder claims the oldest request for a while (so a crashed builder's claim runs out and another takes it), and
 * marks it built, in the period's school, only if nobody requested it again meanwhile.
 */
@ApplicationScoped
@WithSession
public class ReportCardBuildRepository {

    /** A period to build, as claimed. */
    public record Claim(UUID periodId, UUID schoolId, Instant requestedAt) {
    }

    public Uni<Integer> request(UUID periodId, UUID schoolId) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into report_card_builds (period_id, school_id, requested_at) values (?1, ?2, clock_timestamp())
                        on conflict (period_id) do update set requested_at = excluded.requested_at, built_at = null,
                          claimed_until = null""")
                .setParameter(1, periodId).setParameter(2, schoolId).executeUpdate());
    }

    /**
     * The oldest request nobody holds, now held for {@code lease}; null when there is none. The transaction names
     * itself the builder first: the queue's one policy that reads across schools (V9).
     */
    public Uni<Claim> claim(Duration lease) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "select cast(set_config('app.job', 'report-card-builder', true) as text)", String.class)
                .getSingleResult().chain(ignored -> session.createNativeQuery("""
                        update report_card_builds set claimed_until = clock_timestamp() + make_interval(secs => ?1)
                         where period_id = (select period_id from report_card_builds
                                             where built_at is null
                                               and (claimed_until is null or claimed_until < clock_timestamp())
                                             order by requested_at limit 1 for update skip locked)
                        returning period_id, school_id, requested_at""", Object[].class)
                .setParameter(1, (double) lease.toSeconds())
                .getResultList()))
                .map(rows -> rows.isEmpty() ? null : new Claim((UUID) rows.get(0)[0], (UUID) rows.get(0)[1],
                        instant(rows.get(0)[2])));
    }

    /** Built, unless the period was requested again after this claim (then it stays to be built again). */
    public Uni<Integer> built(Claim claim) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        update report_card_builds set built_at = clock_timestamp(), claimed_until = null
                         where period_id = ?1 and requested_at = ?2""")
                .setParameter(1, claim.periodId()).setParameter(2, claim.requestedAt()).executeUpdate());
    }

    /** Whether the period's report cards are waiting to be built (requested and not built yet). */
    public Uni<Boolean> pending(UUID periodId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select count(*) from report_card_builds where period_id = ?1 and built_at is null""", Long.class)
                .setParameter(1, periodId).getSingleResult())
                .map(count -> count > 0);
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
