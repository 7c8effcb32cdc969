package co.athena.academic.rest;

import co.athena.academic.domain.AcademicArea;

import java.time.Instant;
import java.util.UUID;

public record AreaResponse(UUID id, String code, String name, boolean mandatory, Instant createdAt, Instant updatedAt,
                           long version) {

    public static AreaResponse of(AcademicArea a) {
        return new AreaResponse(a.id, a.code, a.name, a.mandatory, a.createdAt, a.updatedAt, a.version);
    }
}
