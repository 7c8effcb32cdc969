package co.athena.student.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** Who read or changed what about a student (PIAR data, data exports, anonymization). Insert-only. */
@Entity
@Table(name = "student_access_log")
public class AccessLogEntry {

    public static final String PIAR_READ = "piar_read";
    public static final String PIAR_WRITE = "piar_write";
    public static final String DATA_EXPORT = "data_export";
    public static final String ANONYMIZE = "anonymize";

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID studentId;
    public String actor;
    public String action;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] fields;
    public Instant at;
}
