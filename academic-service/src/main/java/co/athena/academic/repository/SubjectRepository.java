package co.athena.academic.repository;

import co.athena.academic.domain.Subject;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class SubjectRepository implements PanacheRepositoryBase<Subject, UUID> {

    public Uni<Subject> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    public Uni<List<Subject>> page(UUID schoolId, PageRequest page, UUID areaId) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", schoolId)
                .where("areaId = :area", "area", areaId).list(this, page);
    }

    /** The subjects of this school among {@code ids}. */
    public Uni<List<Subject>> inSchool(UUID schoolId, Collection<UUID> ids) {
        return list("schoolId = ?1 and id in ?2", schoolId, ids);
    }
}
