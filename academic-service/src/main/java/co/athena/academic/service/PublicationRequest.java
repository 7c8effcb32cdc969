package co.athena.academic.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** Publish a period's report cards: the school year and the period's number. */
public record PublicationRequest(@NotNull UUID schoolYearId, @Min(1) @Max(12) int period) {
}
