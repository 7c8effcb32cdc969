package co.athena.documents.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ValidationRequest(
        @NotNull @Pattern(regexp = "approved|rejected", message = "must be approved or rejected") String status,
        @Size(max = 1000) String note) {
}
