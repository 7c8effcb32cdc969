package co.athena.student.repository;

import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.student.domain.Guardian;
import co.athena.student.domain.LinkedGuardian;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class GuardianRepository implements PanacheRepositoryBase<Guardian, UUID> {

    public Uni<Guardian> findInSchool(UUID school, UUID id) {
        return find("schoolId = ?1 and id = ?2", school, id).firstResult();
    }

    public Uni<Guardian> findByDocument(UUID school, String documentNumber) {
        return find("schoolId = ?1 and documentNumber = ?2", school, documentNumber).firstResult();
    }

    public Uni<List<Guardian>> page(UUID school, String search, PageRequest page) {
        KeysetQuery query = KeysetQuery.on("id").where("schoolId = :school", "school", school);
        if (search != null && !search.isBlank()) {
            query.where("(lower(fullName) like :q or documentNumber like :prefix)", Map.of(
                    "q", "%" + search.trim().toLowerCase() + "%", "prefix", search.trim().toUpperCase() + "%"));
        }
        return query.list(this, page);
    }

    /** The guardians of a student with their link, ordered by priority. */
    public Uni<List<LinkedGuardian>> ofStudent(UUID school, UUID student) {
        return getSession().chain(session -> session.createSelectionQuery("select new " + LinkedGuardian.class.getName()
                        + """
                        (g, l) from StudentGuardian l join Guardian g on g.id = l.guardianId
                        where l.schoolId = :school and l.studentId = :student and g.schoolId = :school
                        order by l.priority, g.id""", LinkedGuardian.class)
                .setParameter("school", school).setParameter("student", student).getResultList());
    }

    public Uni<List<Guardian>> allOfSchool(UUID school) {
        return list("schoolId", school);
    }

    /** How many students each of these guardians looks after (for anonymization). */
    public Uni<Long> studentCount(UUID school, UUID guardian) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select count(l) from StudentGuardian l where l.schoolId = :school and l.guardianId = :guardian",
                        Long.class)
                .setParameter("school", school).setParameter("guardian", guardian).getSingleResult());
    }
}
