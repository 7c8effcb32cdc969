package co.athena.academic.repository;

import co.athena.academic.domain.RecoveryResult;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class RecoveryRepository implements PanacheRepositoryBase<RecoveryResult, UUID> {

    /** A course's recoveries, of one student or all, oldest first. */
    public Uni<List<RecoveryResult>> ofCourse(UUID schoolId, UUID courseId, UUID studentId) {
        return studentId == null
                ? list("schoolId = ?1 and courseOfferingId = ?2 order by id", schoolId, courseId)
                : list("schoolId = ?1 and courseOfferingId = ?2 and studentId = ?3 order by id", schoolId, courseId,
                studentId);
    }
}
