package co.athena.academic.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** The school's academic settings, whole. */
public record SettingsRequest(@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
                              @Digits(integer = 3, fraction = 2) BigDecimal absenceThresholdPercent) {
}
