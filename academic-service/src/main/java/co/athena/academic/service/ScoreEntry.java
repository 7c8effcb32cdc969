package co.athena.academic.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.UUID;

/** One student's score, one decimal (the seed allows 0 to 5.0; the year's scale narrows it). */
public record ScoreEntry(@NotNull UUID studentId,
                         @NotNull @DecimalMin("0.0") @DecimalMax("5.0") @Digits(integer = 1, fraction = 1)
                         BigDecimal score) {
}
