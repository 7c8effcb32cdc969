package co.athena.identity.repository;

import co.athena.identity.domain.User;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    private static final String MEMBER_OF = "exists (select 1 from Membership m where m.userId = u.id and m.schoolId = :school)";

    /** Users by id order; {@code school} limits them to that school's members (empty: everyone). */
    public Uni<List<User>> page(Optional<UUID> school, String search, PageRequest page) {
        KeysetQuery query = KeysetQuery.on("u.id").where(MEMBER_OF, "school", school.orElse(null));
        if (search != null && !search.isBlank()) {
            query.where("(lower(u.fullName) like :q or lower(u.email) like :q)",
                    Map.of("q", "%" + search.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%"));
        }
        return query.list(this, "from User u", page);
    }

    /** The user when visible: a member of {@code school}, or anyone when the school is empty. */
    public Uni<User> findVisible(UUID id, Optional<UUID> school) {
        if (school.isEmpty()) {
            return findById(id);
        }
        return find("from User u where u.id = :id and " + MEMBER_OF, Map.of("id", id, "school", school.get()))
                .firstResult();
    }

    /**
     * The user's standing in a school in one round trip. Null when the user does not exist. Must run
     * in a transaction bound to {@code school}, as row-level security reads the membership. It holds
     * the user's access lock shared until the transaction ends, so a token signed before then cannot
     * slip past an access change, which takes that lock exclusively ({@link #lockForAccessChange}).
     * An advisory lock, not {@code FOR SHARE}: concurrent exchanges of one user would turn a row lock
     * into a multixact each time (a third of the throughput, measured).
     */
    public Uni<Grant> grantIn(UUID user, UUID school) {
        // HQL, not a native query: Hibernate caches native query plans under a fresh key each call
        return getSession().chain(session -> session.createSelectionQuery("""
                        select u.active, u.superadmin, u.email, s.active, m.active, m.roles,
                               cast(function('pg_advisory_xact_lock_shared', function('hashtext', 'identity.access'),
                                             function('hashtext', cast(u.id as String))) as String)
                        from User u
                        left join KnownSchool s on s.id = :school
                        left join Membership m on m.userId = u.id and m.schoolId = :school
                        where u.id = :user""", Object[].class)
                .setParameter("user", user).setParameter("school", school)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : grant(rows.get(0)));
    }

    /**
     * Waits for token exchanges of the user in flight to finish, and holds off new ones until this
     * transaction ends: the time an access change takes effect is read after this, so every token
     * issued under the old access was issued before it.
     */
    public Uni<Void> lockForAccessChange(UUID user) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select cast(pg_advisory_xact_lock(hashtext('identity.access'), hashtext(cast(?1 as text))) as text)",
                        String.class)
                .setParameter(1, user.toString()).getSingleResult()).replaceWithVoid();
    }

    private static Grant grant(Object[] row) {
        return new Grant((Boolean) row[0], (Boolean) row[1], (String) row[2], Boolean.TRUE.equals(row[3]),
                Boolean.TRUE.equals(row[4]), row[5] == null ? List.of() : List.of((String[]) row[5]));
    }

    public Uni<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResult();
    }
}
