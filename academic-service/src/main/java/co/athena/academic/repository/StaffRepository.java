package co.athena.academic.repository;

import co.athena.shared.events.MembershipChangedEvent;
import co.athena.shared.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * The school's staff as identity-service announced it (staff_members), in SQL: written only by the memberships
 * consumer, in the event's school transaction.
 */
@ApplicationScoped
public class StaffRepository {

    /** Applies a membership as it stands, unless a newer version of it was applied already. */
    public Uni<Integer> follow(MembershipChangedEvent event) {
        return Panache.getSession().chain(session -> session.createNativeMutationQuery("""
                        insert into staff_members (school_id, user_id, roles, active, membership_version, updated_at)
                        values (?1, ?2, cast(?3 as text[]), ?4, ?5, now())
                        on conflict (school_id, user_id) do update set roles = excluded.roles,
                          active = excluded.active, membership_version = excluded.membership_version, updated_at = now()
                        where staff_members.membership_version < excluded.membership_version""")
                .setParameter(1, event.schoolId()).setParameter(2, event.userId())
                .setParameter(3, event.roles().toArray(String[]::new))
                .setParameter(4, event.active()).setParameter(5, event.membershipVersion())
                .executeUpdate());
    }

    /** Whether the user is an active member of the school with the teacher role. */
    public Uni<Boolean> isActiveTeacher(UUID schoolId, UUID userId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        select count(*) from staff_members
                         where school_id = ?1 and user_id = ?2 and active and ?3 = any(roles)""", Long.class)
                .setParameter(1, schoolId).setParameter(2, userId).setParameter(3, Roles.TEACHER)
                .getSingleResult())
                .map(found -> found > 0);
    }
}
