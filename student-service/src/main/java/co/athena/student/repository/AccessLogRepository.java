package co.athena.student.repository;

import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import co.athena.student.domain.AccessLogEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class AccessLogRepository implements PanacheRepositoryBase<AccessLogEntry, UUID> {

    public Uni<List<AccessLogEntry>> page(UUID school, UUID student, PageRequest page) {
        return KeysetQuery.on("id").where("schoolId = :school", "school", school)
                .where("studentId = :student", "student", student).list(this, page);
    }
}
