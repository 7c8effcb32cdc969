package co.athena.academic.rest;

import co.athena.academic.domain.TeacherAssignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record AssignmentResponse(UUID id, UUID courseOfferingId, UUID teacherId, LocalDate startsOn,
                                 LocalDate endsOn, String endReason, String assignedBy, String endedBy,
                                 Instant createdAt, Instant updatedAt, long version) {

    public static AssignmentResponse of(TeacherAssignment a) {
        return new AssignmentResponse(a.id, a.courseOfferingId, a.teacherId, a.startsOn, a.endsOn, a.endReason,
                a.assignedBy, a.endedBy, a.createdAt, a.updatedAt, a.version);
    }
}
