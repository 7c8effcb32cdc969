package co.athena.academic.rest;

import java.util.UUID;

/** What a promotion computation run as a job answers: how many decisions the year has now (the list: its URL). */
public record PromotionComputation(UUID schoolYearId, int decisions) {
}
