package co.athena.enrollment.domain;

import co.athena.shared.json.StoredJson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An export's metadata; the file itself is {@code GET /api/v1/simat/exports/{id}}. */
@Schema(name = "SimatExportResponse")
public record SimatExportMetadata(UUID id, UUID schoolYearId, SimatExportKind kind, String status,
                                  String fileName, String encoding, String delimiter, int rowCount, List<Map<String, Object>> skipped, String sha256,
                                  String createdBy, Instant createdAt, String confirmedBy, Instant confirmedAt,
                                  long version) {

    /** For the repository's projection: the skipped entries arrive as the stored JSON text. */
    public SimatExportMetadata(UUID id, UUID schoolYearId, SimatExportKind kind, String status, String fileName,
                               String encoding, String delimiter, int rowCount, String skippedJson, String sha256, String createdBy,
                               Instant createdAt, String confirmedBy, Instant confirmedAt, long version) {
        this(id, schoolYearId, kind, status, fileName, encoding, delimiter, rowCount,
                StoredJson.readObjects(skippedJson), sha256, createdBy, createdAt, confirmedBy, confirmedAt, version);
    }

    public static SimatExportMetadata of(SimatExport x) {
        return new SimatExportMetadata(x.id, x.schoolYearId, x.kind, x.status, x.fileName, x.encoding, x.delimiter,
                x.rowCount, x.skipped(), x.sha256, x.createdBy, x.createdAt, x.confirmedBy, x.confirmedAt, x.version);
    }
}
