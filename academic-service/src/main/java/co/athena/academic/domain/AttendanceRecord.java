package co.athena.academic.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A student's attendance at one class of a course. Never deleted: a correction is a new record with its reason,
 * and this one is marked superseded, so the roll keeps who recorded what, when and why.
 */
@Entity
@Table(name = "attendance_records")
public class AttendanceRecord {

    @Id
    public UUID id;
    public UUID schoolId;
    public UUID courseOfferingId;
    public UUID studentId;
    public LocalDate classDate;
    public String status;
    public String note;
    public String recordedBy;
    public Instant recordedAt;
    public String correctionReason;
    public UUID supersededBy;
    public Instant supersededAt;

    public boolean says(String status, String note) {
        return this.status.equals(status) && Objects.equals(this.note, note);
    }

    public void supersede(UUID by, Instant at) {
        supersededBy = by;
        supersededAt = at;
    }
}
