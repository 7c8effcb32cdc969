package co.athena.tenancy.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TransitionRequest(@NotBlank @Size(max = 30) String to, @Size(max = 500) String reason) {
}
