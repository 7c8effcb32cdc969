package co.athena.student.repository;

import co.athena.shared.page.PageRequest;
import co.athena.student.domain.Student;
import co.athena.student.rest.StudentSummary;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every query names the school; row-level security is the second wall. */
@ApplicationScoped
@WithSession
public class StudentRepository implements PanacheRepositoryBase<Student, UUID> {

    public Uni<Student> findInSchool(UUID school, UUID id) {
        return find("schoolId = ?1 and id = ?2", school, id).firstResult();
    }

    public Uni<Student> findByDocument(UUID school, String documentNumber) {
        return find("schoolId = ?1 and documentNumber = ?2", school, documentNumber).firstResult();
    }

    /**
     * Students in id order. Every word of {@code words} must appear in the name (accents and case
     * ignored, through the trigram index on search_name), or the whole query starts the document number.
     */
    public Uni<List<StudentSummary>> search(UUID school, List<String> words, String documentPrefix, Boolean active,
                                            Integer birthYear, PageRequest page) {
        StringBuilder query = new StringBuilder("s.schoolId = :school");
        Map<String, Object> params = new HashMap<>(Map.of("school", school));
        if (!words.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                names.append(i == 0 ? "" : " and ")
                        .append("s.searchName like concat('%', function('search_normalize', :w").append(i).append("), '%')");
                params.put("w" + i, words.get(i));
            }
            query.append(" and ((").append(names).append(") or s.documentNumber like concat(:doc, '%'))");
            params.put("doc", documentPrefix);
        }
        if (active != null) {
            query.append(" and s.active = :active");
            params.put("active", active);
        }
        if (birthYear != null) {
            query.append(" and year(s.birthDate) = :year");
            params.put("year", birthYear);
        }
        page.after().ifPresent(after -> {
            query.append(" and s.id > :after");
            params.put("after", after);
        });
        return getSession().chain(session -> {
            var select = session.createSelectionQuery(StudentSummary.SELECT + query + " order by s.id", StudentSummary.class)
                    .setMaxResults(page.fetchSize());
            params.forEach(select::setParameter);
            return select.getResultList();
        });
    }

    public Uni<List<StudentSummary>> summaries(UUID school, Collection<UUID> ids) {
        return getSession().chain(session -> session.createSelectionQuery(
                        StudentSummary.SELECT + "s.schoolId = :school and s.id in :ids order by s.id", StudentSummary.class)
                .setParameter("school", school).setParameter("ids", ids).getResultList());
    }

    public Uni<List<Student>> allOfSchool(UUID school) {
        return list("schoolId", school);
    }
}
