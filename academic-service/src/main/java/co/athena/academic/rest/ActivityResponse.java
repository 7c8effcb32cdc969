package co.athena.academic.rest;

import co.athena.academic.domain.EvaluationActivity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record ActivityResponse(UUID id, UUID courseOfferingId, int period, String type, String title,
                               BigDecimal weight, String dimension, LocalDate dueOn, String createdBy,
                               Instant createdAt, long version) {

    public static ActivityResponse of(EvaluationActivity a) {
        return new ActivityResponse(a.id, a.courseOfferingId, a.periodNumber, a.type, a.title, a.weight, a.dimension,
                a.dueOn, a.createdBy, a.createdAt, a.version);
    }
}
