package co.athena.academic.repository;

import co.athena.academic.domain.ClassGroupEnrollment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school explicitly; row-level security is the second wall, not the first. */
@ApplicationScoped
@WithSession
public class ClassGroupEnrollmentRepository implements PanacheRepositoryBase<ClassGroupEnrollment, UUID> {

    public Uni<ClassGroupEnrollment> openOf(UUID schoolId, UUID enrollmentId) {
        return find("schoolId = ?1 and enrollmentId = ?2 and endsOn is null", schoolId, enrollmentId).firstResult();
    }

    /** The group's students now (open memberships), or everyone who was ever in it, in order of arrival. */
    public Uni<List<ClassGroupEnrollment>> ofGroup(UUID schoolId, UUID classGroupId, boolean withPast) {
        return list("schoolId = ?1 and classGroupId = ?2" + (withPast ? "" : " and endsOn is null") + " order by id",
                schoolId, classGroupId);
    }
}
