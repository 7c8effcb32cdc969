package co.athena.academic.repository;

import co.athena.academic.domain.CourseOffering;
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
public class CourseOfferingRepository implements PanacheRepositoryBase<CourseOffering, UUID> {

    public Uni<CourseOffering> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    public Uni<List<CourseOffering>> page(UUID schoolId, PageRequest page, UUID schoolYearId, UUID classGroupId) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", schoolId)
                .where("schoolYearId = :year", "year", schoolYearId)
                .where("classGroupId = :group", "group", classGroupId).list(this, page);
    }

    public Uni<List<CourseOffering>> ofYear(UUID schoolId, UUID schoolYearId) {
        return list("schoolId = ?1 and schoolYearId = ?2", schoolId, schoolYearId);
    }

    /** A group's courses, in the order they were made. */
    public Uni<List<CourseOffering>> ofGroup(UUID schoolId, UUID classGroupId) {
        return list("schoolId = ?1 and classGroupId = ?2 order by id", schoolId, classGroupId);
    }
}
