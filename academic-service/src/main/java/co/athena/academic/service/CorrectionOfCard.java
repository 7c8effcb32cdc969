package co.athena.academic.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a published report card is issued again, and the director's comment when it changes too. */
public record CorrectionOfCard(@NotBlank @Size(max = 500) String reason, @Size(max = 2000) String directorComment) {
}
