package co.athena.enrollment.rest;

import co.athena.enrollment.domain.Enrollment;
import co.athena.enrollment.domain.EnrollmentStatus;
import co.athena.enrollment.domain.SimatData;
import co.athena.enrollment.domain.SimatStatus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public record EnrollmentResponse(UUID id, UUID studentId, UUID schoolYearId, int gradeLevel, String groupCode,
                                 String shift, SimatData simat, EnrollmentStatus status, List<EnrollmentStatus> allowedTransitions,
                                 List<StatusChange> statusHistory, SimatStatus simatStatus, UUID simatEventId,
                                 Instant simatEventAt, Instant simatSyncedAt, Map<String, Object> extraData,
                                 Instant createdAt, Instant updatedAt, long version) {

    public static EnrollmentResponse of(Enrollment e) {
        return new EnrollmentResponse(e.id, e.studentId, e.schoolYearId, e.gradeLevel, e.groupCode, e.shift.name(),
                e.simat(), e.status, e.status.allowedNext(), StatusChange.of(e.storedHistory()),
                e.simatStatus == null ? SimatStatus.not_reported : e.simatStatus, e.simatEventId, e.simatEventAt,
                e.simatSyncedAt, e.extraData, e.createdAt, e.updatedAt, e.version);
    }
}
