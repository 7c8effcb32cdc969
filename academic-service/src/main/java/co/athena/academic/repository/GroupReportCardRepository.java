package co.athena.academic.repository;

import co.athena.academic.domain.GroupReportCard;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class GroupReportCardRepository implements PanacheRepositoryBase<GroupReportCard, UUID> {

    /** The group's latest PDF for the period, or null. */
    public Uni<GroupReportCard> latest(UUID schoolId, UUID periodId, UUID classGroupId) {
        return find("schoolId = ?1 and periodId = ?2 and classGroupId = ?3 order by version desc", schoolId, periodId,
                classGroupId).firstResult();
    }
}
