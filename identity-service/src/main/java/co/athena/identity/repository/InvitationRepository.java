package co.athena.identity.repository;

import co.athena.identity.domain.Invitation;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every query names the school; row-level security is the second wall. */
@ApplicationScoped
@WithSession
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Uni<Invitation> findInSchool(UUID school, UUID id) {
        return find("schoolId = ?1 and id = ?2", school, id).firstResult();
    }

    /** The school's pending invitation of this (lower-case) email that has not expired. */
    public Uni<Invitation> findOpen(UUID school, String email, Instant now) {
        return find("schoolId = ?1 and email = ?2 and status = ?3 and expiresAt > ?4", school, email,
                Invitation.PENDING, now).firstResult();
    }

    /** Closes pending invitations of the email that have run out, so that a new one can be made. */
    public Uni<Integer> expireStale(UUID school, String email, Instant now) {
        return update("status = ?1, updatedAt = ?4 where schoolId = ?2 and email = ?3 and status = ?5 and expiresAt <= ?4",
                Invitation.EXPIRED, school, email, now, Invitation.PENDING);
    }

    public Uni<List<Invitation>> page(UUID school, String status, Instant now, PageRequest page) {
        KeysetQuery query = KeysetQuery.on("id").where("schoolId = :school", "school", school);
        if (Invitation.PENDING.equals(status)) {
            query.where("status = 'pending' and expiresAt > :now", Map.of("now", now));
        } else if (Invitation.EXPIRED.equals(status)) {
            query.where("(status = 'expired' or (status = 'pending' and expiresAt <= :now))", Map.of("now", now));
        } else {
            query.where("status = :status", "status", status);
        }
        return query.list(this, page);
    }
}
