package co.athena.tenancy.repository;

import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.tenancy.domain.School;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class SchoolRepository implements PanacheRepositoryBase<School, UUID> {

    public Uni<List<School>> page(PageRequest page, Boolean active) {
        return KeysetQuery.on("id").where("active = :active", "active", active).list(this, page);
    }
}
