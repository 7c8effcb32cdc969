package co.athena.enrollment.repository;

import co.athena.enrollment.domain.SimatExport;
import co.athena.enrollment.domain.SimatExportMetadata;
import co.athena.enrollment.domain.StoredExportFile;
import co.athena.persistence.TransactionLocks;
import co.athena.persistence.page.KeysetQuery;
import co.athena.shared.page.PageRequest;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lists read the metadata only: the stored files stay in the database until one is downloaded. */
@ApplicationScoped
@WithSession
public class SimatExportRepository implements PanacheRepositoryBase<SimatExport, UUID> {

    /** Serializes the exports of one school year until the transaction ends. */
    public Uni<Void> lockYear(UUID schoolId, UUID schoolYearId) {
        return TransactionLocks.lock("simat-export/" + schoolId + "/" + schoolYearId);
    }

    /** The newest export of the school year made at or after {@code since}, if any. */
    public Uni<SimatExport> madeSince(UUID schoolId, UUID schoolYearId, Instant since) {
        return find("schoolId = ?1 and schoolYearId = ?2 and createdAt >= ?3 order by createdAt desc", schoolId,
                schoolYearId, since).firstResult();
    }

    public Uni<SimatExport> findInSchool(UUID schoolId, UUID id) {
        return find("schoolId = ?1 and id = ?2", schoolId, id).firstResult();
    }

    /** An export without its file: what lists show. */
    private static final String METADATA = "select new " + SimatExportMetadata.class.getName() + "(x.id, "
            + "x.schoolYearId, x.kind, x.status, x.fileName, x.encoding, x.delimiter, x.rowCount, x.skippedJson, x.sha256, "
            + "x.createdBy, x.createdAt, x.confirmedBy, x.confirmedAt, x.version) from SimatExport x";

    public Uni<StoredExportFile> file(UUID schoolId, UUID id) {
        return getSession().chain(session -> session.createSelectionQuery("""
                        select new co.athena.enrollment.domain.StoredExportFile(
                               x.fileName, x.encoding, x.content, x.version)
                          from SimatExport x where x.schoolId = :school and x.id = :id""", StoredExportFile.class)
                .setParameter("school", schoolId).setParameter("id", id).getSingleResultOrNull());
    }

    public Uni<List<SimatExportMetadata>> page(UUID schoolId, PageRequest page, UUID schoolYearId) {
        return getSession().chain(session -> KeysetQuery.on("x.id").where("x.schoolId = :school", "school", schoolId)
                .where("x.schoolYearId = :year", "year", schoolYearId)
                .list(session, METADATA, SimatExportMetadata.class, page));
    }
}
