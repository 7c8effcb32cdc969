package co.athena.identity.repository;

import co.athena.identity.domain.User;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    private static final String MEMBER_OF = " and exists (select 1 from Membership m where m.userId = u.id and m.schoolId = :school)";

    /** Users by id order; {@code school} limits them to that school's members (empty: everyone). */
    public Uni<List<User>> page(Optional<UUID> school, String search, PageRequest page) {
        StringBuilder query = new StringBuilder("from User u where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        school.ifPresent(id -> {
            query.append(MEMBER_OF);
            params.put("school", id);
        });
        page.after().ifPresent(after -> {
            query.append(" and u.id > :after");
            params.put("after", after);
        });
        if (search != null && !search.isBlank()) {
            query.append(" and (lower(u.fullName) like :q or lower(u.email) like :q)");
            params.put("q", "%" + search.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return find(query.toString(), Sort.by("id"), params).page(0, page.fetchSize()).list();
    }

    /** The user when visible: a member of {@code school}, or anyone when the school is empty. */
    public Uni<User> findVisible(UUID id, Optional<UUID> school) {
        if (school.isEmpty()) {
            return findById(id);
        }
        return find("from User u where u.id = :id" + MEMBER_OF, Map.of("id", id, "school", school.get()))
                .firstResult();
    }

    public Uni<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResult();
    }
}
