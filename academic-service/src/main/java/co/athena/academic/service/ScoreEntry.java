package co.athena.academic.service;

import co.athena.academic.domain.GradeValue;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.UUID;

/** One student's score, one decimal (the seed allows 0 to 5.0; the year's scale narrows it). */
public record ScoreEntry(@NotNull UUID studentId,
                         @NotNull @GradeValue BigDecimal score) {
}
