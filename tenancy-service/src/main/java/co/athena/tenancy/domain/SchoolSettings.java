package co.athena.tenancy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One row per school, created with it. JSON settings are validated by their records before storage. */
@Entity
@Table(name = "school_settings")
public class SchoolSettings {

    public static final List<String> DEFAULT_REQUIRED_DOCUMENTS =
            List.of("birth_certificate", "identity_document", "habeas_data", "tratamiento_datos");

    @Id
    public UUID schoolId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> simatSettings = Map.of();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> brandingSettings = Map.of();
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> securitySettings = Map.of();
    public String habeasDataText;
    public int habeasDataVersion;
    public String peiSummary;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] requiredDocuments = DEFAULT_REQUIRED_DOCUMENTS.toArray(String[]::new);
    public Instant updatedAt;
    @Version
    public long version;
}
