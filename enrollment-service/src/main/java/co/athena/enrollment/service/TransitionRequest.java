package co.athena.enrollment.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TransitionRequest(@NotBlank String to, @Size(max = 500) String reason) {
}
