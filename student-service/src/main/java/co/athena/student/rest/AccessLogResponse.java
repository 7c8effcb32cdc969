package co.athena.student.rest;

import co.athena.student.domain.AccessLogEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AccessLogResponse(UUID id, UUID studentId, String actor, String action, List<String> fields, Instant at) {

    public static AccessLogResponse of(AccessLogEntry e) {
        return new AccessLogResponse(e.id, e.studentId, e.actor, e.action, List.of(e.fields), e.at);
    }
}
