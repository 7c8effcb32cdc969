package co.athena.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One uploaded version of one document of an enrollment. */
@Entity
@Table(name = "enrollment_documents")
public class EnrollmentDocument {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID enrollmentId;
    public UUID studentId;
    @Enumerated(EnumType.STRING)
    public DocumentType documentType;
    public int documentVersion;
    @Column(name = "is_current")
    public boolean current = true;
    @Enumerated(EnumType.STRING)
    public DocumentStatus status = DocumentStatus.pending;
    @Column(name = "r2_object_key")
    public String objectKey;
    public String fileName;
    /** {size_bytes, content_type, sha256} */
    @JdbcTypeCode(SqlTypes.JSON)
    public DocumentMetadata metadata;
    public String uploadedBy;
    public Instant uploadedAt;
    public String validatedBy;
    public Instant validatedAt;
    public String validationNote;
    public Instant updatedAt;
    @Version
    public long version;
}
