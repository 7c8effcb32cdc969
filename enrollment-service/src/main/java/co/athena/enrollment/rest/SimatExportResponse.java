package co.athena.enrollment.rest;

import co.athena.enrollment.domain.JsonArrayColumn;
import co.athena.enrollment.domain.SimatExport;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An export's metadata; the file itself is {@code GET /api/v1/simat/exports/{id}}. */
public record SimatExportResponse(UUID id, UUID schoolYearId, String status, String fileName, String encoding,
                                  String delimiter, int rowCount, List<Map<String, Object>> skipped, String sha256,
                                  String createdBy, Instant createdAt, String confirmedBy, Instant confirmedAt,
                                  long version) {

    /** The HQL constructor expression that fills this record from {@code SimatExport x}, without the file. */
    public static final String SELECT = "select new co.athena.enrollment.rest.SimatExportResponse(x.id, "
            + "x.schoolYearId, x.status, x.fileName, x.encoding, x.delimiter, x.rowCount, x.skippedJson, x.sha256, "
            + "x.createdBy, x.createdAt, x.confirmedBy, x.confirmedAt, x.version) from SimatExport x where ";

    /** For {@link #SELECT}: the skipped entries arrive as the stored JSON text. */
    public SimatExportResponse(UUID id, UUID schoolYearId, String status, String fileName, String encoding,
                               String delimiter, int rowCount, String skippedJson, String sha256, String createdBy,
                               Instant createdAt, String confirmedBy, Instant confirmedAt, long version) {
        this(id, schoolYearId, status, fileName, encoding, delimiter, rowCount, JsonArrayColumn.read(skippedJson),
                sha256, createdBy, createdAt, confirmedBy, confirmedAt, version);
    }

    public static SimatExportResponse of(SimatExport x) {
        return new SimatExportResponse(x.id, x.schoolYearId, x.status, x.fileName, x.encoding, x.delimiter,
                x.rowCount, x.skipped(), x.sha256, x.createdBy, x.createdAt, x.confirmedBy, x.confirmedAt, x.version);
    }
}
