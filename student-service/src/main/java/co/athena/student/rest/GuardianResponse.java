package co.athena.student.rest;

import co.athena.student.domain.Guardian;

import java.time.Instant;
import java.util.UUID;

public record GuardianResponse(UUID id, String documentType, String documentNumber, String fullName, String phone,
                               String email, String address, UUID userId, Instant createdAt, Instant updatedAt,
                               long version) {

    public static GuardianResponse of(Guardian g) {
        return new GuardianResponse(g.id, g.documentType, g.documentNumber, g.fullName, g.phone, g.email, g.address,
                g.userId, g.createdAt, g.updatedAt, g.version);
    }
}
