package co.athena.student.repository;

import co.athena.student.domain.StudentGuardian;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class StudentGuardianRepository implements PanacheRepositoryBase<StudentGuardian, StudentGuardian.Key> {

    public Uni<List<StudentGuardian>> ofStudent(UUID school, UUID student) {
        return list("schoolId = ?1 and studentId = ?2", school, student);
    }

    public Uni<List<StudentGuardian>> allOfSchool(UUID school) {
        return list("schoolId", school);
    }

    public Uni<StudentGuardian> link(UUID school, UUID student, UUID guardian) {
        return find("schoolId = ?1 and studentId = ?2 and guardianId = ?3", school, student, guardian).firstResult();
    }
}
