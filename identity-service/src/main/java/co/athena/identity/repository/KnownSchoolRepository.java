package co.athena.identity.repository;

import co.athena.identity.domain.KnownSchool;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
@WithSession
public class KnownSchoolRepository implements PanacheRepositoryBase<KnownSchool, UUID> {

    /** Keeps the newest version only: a redelivered or older event changes nothing. */
    public Uni<Integer> upsert(UUID id, String name, boolean active, long version) {
        return getSession().chain(session -> session.createNativeQuery("""
                        insert into schools (id, name, is_active, version, updated_at) values (?1, ?2, ?3, ?4, now())
                        on conflict (id) do update set name = excluded.name, is_active = excluded.is_active,
                          version = excluded.version, updated_at = now()
                        where schools.version < excluded.version""")
                .setParameter(1, id).setParameter(2, name).setParameter(3, active).setParameter(4, version)
                .executeUpdate());
    }
}
