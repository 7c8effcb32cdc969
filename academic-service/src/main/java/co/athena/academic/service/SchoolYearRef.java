package co.athena.academic.service;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The school year a year-end step applies to. */
public record SchoolYearRef(@NotNull UUID schoolYearId) {
}
