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

    /**
     * The user's standing in a school in one round trip. Null when the user does not exist. Must run
     * in a transaction bound to {@code school}, as row-level security reads the membership.
     */
    public Uni<Grant> grantIn(UUID user, UUID school) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select u.active, u.superadmin, u.email, s.active, m.active, m.roles
                        from User u
                        left join KnownSchool s on s.id = :school
                        left join Membership m on m.userId = u.id and m.schoolId = :school
                        where u.id = :user""", Object[].class)
                .setParameter("user", user).setParameter("school", school)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : grant(rows.get(0)));
    }

    private static Grant grant(Object[] row) {
        return new Grant((Boolean) row[0], (Boolean) row[1], (String) row[2], Boolean.TRUE.equals(row[3]),
                Boolean.TRUE.equals(row[4]), row[5] == null ? List.of() : List.of((String[]) row[5]));
    }

    public Uni<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResult();
    }
}
