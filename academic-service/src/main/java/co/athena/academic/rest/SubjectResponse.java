package co.athena.academic.rest;

import co.athena.academic.domain.Subject;

import java.time.Instant;
import java.util.UUID;

public record SubjectResponse(UUID id, UUID areaId, String code, String name, Instant createdAt, Instant updatedAt,
                              long version) {

    public static SubjectResponse of(Subject s) {
        return new SubjectResponse(s.id, s.areaId, s.code, s.name, s.createdAt, s.updatedAt, s.version);
    }
}
