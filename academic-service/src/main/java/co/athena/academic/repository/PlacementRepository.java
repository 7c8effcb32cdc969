package co.athena.academic.repository;

import co.athena.academic.domain.EnrollmentPlacement;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class PlacementRepository implements PanacheRepositoryBase<EnrollmentPlacement, UUID> {

    /** Active enrollments of the year whose group code no class group has (yet). */
    public Uni<List<EnrollmentPlacement>> unplaced(UUID schoolId, PageRequest page, UUID schoolYearId) {
        return KeysetQuery.on("enrollmentId").where("schoolId = :school", "school", schoolId)
                .where("schoolYearId = :year", "year", schoolYearId)
                .where("status = 'active' and classGroupId is null", Map.of())
                .list(this, page);
    }

    /** The active enrollments waiting for a group of this year with this code. */
    public Uni<List<EnrollmentPlacement>> waitingFor(UUID schoolId, UUID schoolYearId, String groupCode) {
        return list("schoolId = ?1 and schoolYearId = ?2 and groupCode = ?3 and status = 'active' "
                + "and classGroupId is null", schoolId, schoolYearId, groupCode);
    }
}
