package co.athena.academic.service;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The school year whose courses to generate from its study plans. */
public record GenerationRequest(@NotNull UUID schoolYearId) {
}
