package co.athena.academic.rest;

import co.athena.academic.domain.ClassGroup;

import java.time.Instant;
import java.util.UUID;

public record ClassGroupResponse(UUID id, UUID schoolYearId, int gradeLevel, String code, String shift, int capacity,
                                 UUID directorId, Instant createdAt, Instant updatedAt, long version) {

    public static ClassGroupResponse of(ClassGroup g) {
        return new ClassGroupResponse(g.id, g.schoolYearId, g.gradeLevel, g.code, g.shift.name(), g.capacity,
                g.directorId, g.createdAt, g.updatedAt, g.version);
    }
}
