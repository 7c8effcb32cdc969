package co.athena.academic.rest;

import co.athena.academic.domain.AttendanceRecord;

import java.time.Instant;
import java.util.UUID;

/** One record of a roll: who recorded it when, and for a correction why; a replaced one says by which. */
public record AttendanceRecordResponse(UUID id, UUID studentId, String status, String note, String recordedBy,
                                       Instant recordedAt, String correctionReason, UUID supersededBy,
                                       Instant supersededAt) {

    public static AttendanceRecordResponse of(AttendanceRecord r) {
        return new AttendanceRecordResponse(r.id, r.studentId, r.status, r.note, r.recordedBy, r.recordedAt,
                r.correctionReason, r.supersededBy, r.supersededAt);
    }
}
