package co.athena.identity.repository;

import co.athena.identity.domain.MembershipAudit;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class MembershipAuditRepository implements PanacheRepositoryBase<MembershipAudit, UUID> {

    public Uni<List<MembershipAudit>> page(UUID school, UUID user, PageRequest page) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", school).where("userId = :user", "user", user)
                .list(this, page);
    }
}
