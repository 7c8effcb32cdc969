package co.athena.documents.repository;

import co.athena.documents.domain.ErasedStudent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.UUID;

/** Every query names the school; row-level security is the second wall. */
@ApplicationScoped
@WithSession
public class ErasedStudentRepository implements PanacheRepositoryBase<ErasedStudent, UUID> {

    public Uni<Boolean> isErased(UUID schoolId, UUID studentId) {
        return count("schoolId = ?1 and studentId = ?2", schoolId, studentId).map(count -> count > 0);
    }

    public Uni<Void> record(UUID schoolId, UUID studentId, Instant at) {
        return isErased(schoolId, studentId).chain(known -> {
            if (known) {
                return Uni.createFrom().voidItem();
            }
            ErasedStudent erased = new ErasedStudent();
            erased.studentId = studentId;
            erased.schoolId = schoolId;
            erased.erasedAt = at;
            return persist(erased).replaceWithVoid();
        });
    }
}
