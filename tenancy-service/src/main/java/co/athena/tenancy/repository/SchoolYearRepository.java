package co.athena.tenancy.repository;

import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.tenancy.domain.SchoolYear;
import co.athena.tenancy.domain.SchoolYearStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class SchoolYearRepository implements PanacheRepositoryBase<SchoolYear, UUID> {

    public Uni<SchoolYear> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    public Uni<List<SchoolYear>> page(UUID schoolId, PageRequest page, SchoolYearStatus status) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", schoolId)
                .where("status = :status", "status", status).list(this, page);
    }

    public Uni<Boolean> nameTaken(UUID schoolId, String name, UUID except) {
        return count("schoolId = ?1 and name = ?2 and id <> ?3", schoolId, name, except).map(n -> n > 0);
    }

    public Uni<SchoolYear> findActive(UUID schoolId) {
        return find("schoolId = ?1 and status = ?2", schoolId, SchoolYearStatus.active).firstResult();
    }
}
