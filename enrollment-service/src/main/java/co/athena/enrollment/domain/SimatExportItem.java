package co.athena.enrollment.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** One novelty frozen into an export: confirming marks the enrollment synced only if no newer one came since. */
@Entity
@Table(name = "simat_export_items")
@IdClass(SimatExportItem.Key.class)
public class SimatExportItem {

    /** The composite key, as Hibernate wants it: a mutable class with value equality. */
    public static class Key implements Serializable {
        public UUID schoolId;
        public UUID exportId;
        public UUID enrollmentId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(schoolId, key.schoolId)
                    && Objects.equals(exportId, key.exportId) && Objects.equals(enrollmentId, key.enrollmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, exportId, enrollmentId);
        }
    }

    @Id
    public UUID schoolId;
    @Id
    public UUID exportId;
    @Id
    public UUID enrollmentId;
    public String novelty;
    public UUID eventId;
    /** The placement the file told SIMAT ({@link SimatReported}), kept on the enrollment once confirmed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> reported;
}
