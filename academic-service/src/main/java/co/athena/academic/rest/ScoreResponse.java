package co.athena.academic.rest;

import co.athena.academic.domain.ActivityScore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A score: who recorded it when; a replaced one says by which (old → new). */
public record ScoreResponse(UUID id, UUID studentId, BigDecimal score, String recordedBy, Instant recordedAt,
                            UUID supersededBy, Instant supersededAt) {

    public static ScoreResponse of(ActivityScore s) {
        return new ScoreResponse(s.id, s.studentId, s.score, s.recordedBy, s.recordedAt, s.supersededBy,
                s.supersededAt);
    }
}
