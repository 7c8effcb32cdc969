package co.athena.student.repository;

import co.athena.shared.page.PageRequest;
import co.athena.student.domain.AccessLogEntry;
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
public class AccessLogRepository implements PanacheRepositoryBase<AccessLogEntry, UUID> {

    public Uni<List<AccessLogEntry>> page(UUID school, UUID student, PageRequest page) {
        StringBuilder query = new StringBuilder("schoolId = :school");
        Map<String, Object> params = new HashMap<>(Map.of("school", school));
        if (student != null) {
            query.append(" and studentId = :student");
            params.put("student", student);
        }
        page.after().ifPresent(after -> {
            query.append(" and id > :after");
            params.put("after", after);
        });
        return find(query.toString(), Sort.by("id"), params).page(0, page.fetchSize()).list();
    }
}
