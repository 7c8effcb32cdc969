package co.athena.student.rest;

import co.athena.student.domain.EnrollmentHistoryEntry;

import java.time.Instant;
import java.util.UUID;

public record HistoryEntryResponse(UUID enrollmentId, UUID schoolYearId, String fromStatus, String toStatus,
                                   int gradeLevel, String groupCode, String shift, String reason, String changedBy,
                                   Instant changedAt, long enrollmentVersion) {

    public static HistoryEntryResponse of(EnrollmentHistoryEntry e) {
        return new HistoryEntryResponse(e.enrollmentId, e.schoolYearId, e.fromStatus, e.toStatus, e.gradeLevel,
                e.groupCode, e.shift, e.reason, e.changedBy, e.changedAt, e.enrollmentVersion);
    }
}
