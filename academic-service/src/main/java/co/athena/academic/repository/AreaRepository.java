package co.athena.academic.repository;

import co.athena.academic.domain.AcademicArea;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class AreaRepository implements PanacheRepositoryBase<AcademicArea, UUID> {

    public Uni<AcademicArea> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    public Uni<List<AcademicArea>> page(UUID schoolId, PageRequest page) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", schoolId).list(this, page);
    }

    public Uni<List<AcademicArea>> allOfSchool(UUID schoolId) {
        return list("schoolId", schoolId);
    }
}
