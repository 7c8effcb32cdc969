package co.athena.identity.repository;

import co.athena.identity.domain.MembershipAudit;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class MembershipAuditRepository implements PanacheRepositoryBase<MembershipAudit, UUID> {

    public Uni<List<MembershipAudit>> page(UUID school, UUID user, PageRequest page) {
        StringBuilder query = new StringBuilder("schoolId = :school");
        Map<String, Object> params = new HashMap<>(Map.of("school", school));
        if (user != null) {
            query.append(" and userId = :user");
            params.put("user", user);
        }
        page.after().ifPresent(after -> {
            query.append(" and id > :after");
            params.put("after", after);
        });
        return find(query.toString(), Sort.by("id"), params).page(0, page.fetchSize()).list();
    }
}
