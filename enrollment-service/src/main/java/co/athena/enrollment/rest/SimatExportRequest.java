package co.athena.enrollment.rest;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record SimatExportRequest(@NotNull UUID schoolYearId) {
}
