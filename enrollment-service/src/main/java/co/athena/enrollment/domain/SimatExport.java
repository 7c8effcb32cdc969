package co.athena.enrollment.domain;

import co.athena.shared.json.StoredJson;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An Anexo 6A file as staff downloaded it, kept byte for byte until they confirm SIMAT took it. */
@Entity
@Table(name = "simat_exports")
public class SimatExport {

    public static final String GENERATED = "generated";
    public static final String CONFIRMED = "confirmed";

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID schoolYearId;
    @Enumerated(EnumType.STRING)
    public SimatExportKind kind;
    public String status = GENERATED;
    public String fileName;
    public String encoding;
    public String delimiter;
    public int rowCount;
    /** Students left out of the file, with why ({@link SimatCheck.Refused}). Their novelties stay pending. */
    @Column(name = "skipped")
    @ColumnTransformer(read = "cast(skipped as text)", write = "cast(cast(? as text) as jsonb)")
    String skippedJson = "[]";
    public String sha256;
    public byte[] content;
    public String createdBy;
    public Instant createdAt;
    public String confirmedBy;
    public Instant confirmedAt;
    @Version
    public long version;

    public List<Map<String, Object>> skipped() {
        return StoredJson.readObjects(skippedJson);
    }

    public void skipped(List<Map<String, Object>> entries) {
        skippedJson = StoredJson.arrayOf(entries);
    }
}
