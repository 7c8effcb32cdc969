package co.athena.academic.repository;

import co.athena.academic.domain.ClassGroup;
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
public class ClassGroupRepository implements PanacheRepositoryBase<ClassGroup, UUID> {

    public Uni<ClassGroup> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    public Uni<List<ClassGroup>> page(UUID schoolId, PageRequest page, UUID schoolYearId, Integer gradeLevel) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", schoolId)
                .where("schoolYearId = :year", "year", schoolYearId)
                .where("gradeLevel = :grade", "grade", gradeLevel).list(this, page);
    }

    public Uni<List<ClassGroup>> ofYear(UUID schoolId, UUID schoolYearId) {
        return list("schoolId = ?1 and schoolYearId = ?2 order by id", schoolId, schoolYearId);
    }

    public Uni<List<ClassGroup>> inSchool(UUID schoolId, Collection<UUID> ids) {
        return list("schoolId = ?1 and id in ?2", schoolId, ids);
    }
}
