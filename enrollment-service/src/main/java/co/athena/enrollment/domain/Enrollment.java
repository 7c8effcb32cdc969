package co.athena.enrollment.domain;

import co.athena.shared.json.StoredJson;
import co.athena.shared.simat.Shift;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Entity
@Table(name = "enrollments")
public class Enrollment {

    public static final String CREATED_REASON = "Creación inicial";
    /** Who changes an enrollment on its own, reacting to another service's event (its reasons name no one). */
    public static final String SYSTEM_ACTOR = "system";

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID studentId;
    public UUID schoolYearId;
    public int gradeLevel;
    public String groupCode;
    @Enumerated(EnumType.STRING)
    public Shift shift;
    @Enumerated(EnumType.STRING)
    public EnrollmentStatus status = EnrollmentStatus.pending_documents;
    /** Entries {status, changed_at, changed_by, reason}; the version check keeps concurrent appends apart. */
    @Column(name = "status_history")
    @ColumnTransformer(read = "cast(status_history as text)", write = "cast(cast(? as text) as jsonb)")
    String statusHistoryJson = "[]";
    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public SimatStatus simatStatus;
    @Column(insertable = false, updatable = false)
    public UUID simatEventId;
    @Column(insertable = false, updatable = false)
    public Instant simatEventAt;
    @Column(insertable = false, updatable = false)
    public Instant simatSyncedAt;
    /** SIMAT's enrollment columns ({@link SimatData}), as the API writes them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> simatData = Map.of();
    /** What SIMAT last heard of this enrollment ({@link SimatReported}); null until an export holding it is confirmed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(insertable = false, updatable = false)
    public Map<String, Object> simatReported;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> extraData = Map.of();
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public long version;

    /** Moves to {@code target} and records who, when and why; the caller has checked the flow allows it. */
    public void moveTo(EnrollmentStatus target, String actor, String reason, Instant at) {
        status = target;
        updatedAt = at;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("status", target.name());
        entry.put("changed_at", at.toString());
        entry.put("changed_by", actor);
        entry.put("reason", reason);
        List<Map<String, Object>> history = new ArrayList<>(statusHistory());
        history.add(entry);
        statusHistoryJson = StoredJson.arrayOf(history);
    }

    /** The newest history entry, as a JSON array of one: what a status change appends to the column. */
    public String latestHistoryEntry() {
        List<Map<String, Object>> history = statusHistory();
        return StoredJson.arrayOf(history.subList(history.size() - 1, history.size()));
    }

    /** The history as its column holds it, for an enrollment read in SQL rather than through Hibernate. */
    public void restoreHistory(String json) {
        statusHistoryJson = json;
    }

    /** The history as its column holds it (a JSON array of entries). */
    public String storedHistory() {
        return statusHistoryJson;
    }

    public SimatData simat() {
        return SimatData.fromStored(simatData);
    }

    /** The enrollment as SIMAT should know it now, to compare with what it last heard. */
    public SimatReported placement(String sede) {
        return new SimatReported(status.name(), gradeLevel, groupCode, shift.name(), sede);
    }

    public List<Map<String, Object>> statusHistory() {
        return StoredJson.readObjects(statusHistoryJson);
    }
}
