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
     * The user's standing in a school ({@code access_grant}), null when the user does not exist, inside the
     * Hibernate transaction of the write it authorizes: the user's access lock stays held until it ends (see
     * {@link GrantReads}, the token exchange's read of the same). Must run in a transaction bound to {@code school},
     * as row-level security reads the membership.
     */
    public Uni<Grant> grantIn(UUID user, UUID school) {
        // the roles as one string: Hibernate cannot read an array column of a native query
        return getSession().chain(session -> session.createNativeQuery("""
                                select user_active, superadmin, email, school_active, membership_active,
                                       array_to_string(roles, ',')
                                from access_grant(?1, ?2)""", Object[].class)
                        .setParameter(1, user).setParameter(2, school)
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
        return Grant.of((Boolean) row[0], (Boolean) row[1], (String) row[2], (Boolean) row[3], (Boolean) row[4],
                row[5] == null ? null : ((String) row[5]).split(","));
    }

    public Uni<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResult();
    }
}
