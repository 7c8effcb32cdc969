package co.athena.tenancy.repository;

import co.athena.shared.page.PageRequest;
import co.athena.tenancy.domain.School;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class SchoolRepository implements PanacheRepositoryBase<School, UUID> {

    public Uni<List<School>> page(PageRequest page, Boolean active) {
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        page.after().ifPresent(after -> {
            query.append(" and id > :after");
            params.put("after", after);
        });
        if (active != null) {
            query.append(" and active = :active");
            params.put("active", active);
        }
        return find(query.toString(), Sort.by("id"), params).page(0, page.fetchSize()).list();
    }

    public Uni<Boolean> nitTaken(String nit, UUID except) {
        return count("nit = ?1 and id <> ?2", nit, except).map(n -> n > 0);
    }
}
