package co.athena.identity.repository;

import co.athena.identity.domain.Membership;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Every query names the school; row-level security is the second wall. */
@ApplicationScoped
@WithSession
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public Uni<Membership> findInSchool(UUID school, UUID id) {
        return find("schoolId = ?1 and id = ?2", school, id).firstResult();
    }

    public Uni<Membership> findOf(UUID school, UUID user) {
        return find("schoolId = ?1 and userId = ?2", school, user).firstResult();
    }

    public Uni<List<Membership>> page(UUID school, UUID user, Boolean active, PageRequest page) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", school).where("userId = :user", "user", user)
                .where("active = :active", "active", active).list(this, page);
    }

    /** Active rectors of the school other than the given membership. */
    public Uni<Long> otherActiveRectors(UUID school, UUID except) {
        return getSession().chain(session -> session.createNativeQuery("""
                        select count(*) from school_memberships
                        where school_id = ?1 and id <> ?2 and is_active and 'rector' = any(roles)""", Long.class)
                .setParameter(1, school).setParameter(2, except).getSingleResult());
    }

    /** Serializes membership changes of one school until the transaction ends (the last-rector rule). */
    public Uni<Void> lockSchool(UUID school) {
        return getSession().chain(session -> session.createNativeQuery(
                        "select cast(pg_advisory_xact_lock(hashtext('memberships'), hashtext(?1)) as text)")
                .setParameter(1, school.toString()).getSingleResult()).replaceWithVoid();
    }
}
