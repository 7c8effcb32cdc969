package co.athena.student.repository;

import co.athena.student.domain.Student;
import co.athena.student.domain.StudentSummary;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every query names the school; row-level security is the second wall. */
@ApplicationScoped
@WithSession
public class StudentRepository implements PanacheRepositoryBase<Student, UUID> {

    public Uni<Student> findInSchool(UUID school, UUID id) {
        return find("schoolId = ?1 and id = ?2", school, id).firstResult();
    }

    private static final String SUMMARY = "select new " + StudentSummary.class.getName() + "(s.id, s.documentType, "
            + "s.documentNumber, s.firstName, s.secondName, s.firstSurname, s.secondSurname, s.fullName, s.birthDate, "
            + "s.gender, s.active, s.version) from Student s where ";

    public Uni<Student> findByDocument(UUID school, String documentNumber) {
        return find("schoolId = ?1 and documentNumber = ?2", school, documentNumber).firstResult();
    }

    /** The students with these ids, as a projection: no managed entities for a lookup. */
    public Uni<List<StudentSummary>> summaries(UUID school, Collection<UUID> ids) {
        return getSession().chain(session -> session.createSelectionQuery(
                        SUMMARY + "s.schoolId = :school and s.id in :ids order by s.id", StudentSummary.class)
                .setParameter("school", school).setParameter("ids", ids).getResultList());
    }

    public Uni<List<Student>> allOfSchool(UUID school) {
        return list("schoolId", school);
    }
}
