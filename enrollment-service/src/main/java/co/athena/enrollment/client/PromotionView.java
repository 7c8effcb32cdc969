package co.athena.enrollment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/** A student's year-end promotion as academic-service decided it, as far as the rollover reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PromotionView(UUID studentId, String outcome, Instant confirmedAt) {

    public static final String PROMOTED = "promoted";
    public static final String NOT_PROMOTED = "not_promoted";

    public boolean isFinal() {
        return confirmedAt != null;
    }
}
