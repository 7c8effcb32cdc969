package co.athena.academic.rest;

import co.athena.academic.domain.RecoveryResult;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record RecoveryResponse(UUID id, UUID courseOfferingId, UUID studentId, Integer period, String kind,
                               BigDecimal score, String note, String recordedBy, Instant recordedAt) {

    public static RecoveryResponse of(RecoveryResult r) {
        return new RecoveryResponse(r.id, r.courseOfferingId, r.studentId, r.periodNumber, r.kind, r.score, r.note,
                r.recordedBy, r.recordedAt);
    }
}
