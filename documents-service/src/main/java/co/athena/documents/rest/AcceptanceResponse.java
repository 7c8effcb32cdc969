package co.athena.documents.rest;

import co.athena.documents.domain.ConsentAcceptance;

import java.time.Instant;
import java.util.UUID;

public record AcceptanceResponse(UUID id, UUID enrollmentId, UUID studentId, String documentType,
                                 UUID acceptedByGuardianId, int policyTextVersion, Instant acceptedAt,
                                 String recordedBy) {

    public static AcceptanceResponse of(ConsentAcceptance a) {
        return new AcceptanceResponse(a.id, a.enrollmentId, a.studentId, a.documentType.name(), a.acceptedByGuardianId,
                a.policyTextVersion, a.acceptedAt, a.recordedBy);
    }
}
