package co.athena.academic.service;

import co.athena.academic.domain.Percent;
import co.athena.academic.domain.ActivityType;
import co.athena.shared.text.OneOf;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An activity of the course in a period; {@code dimension} one of the year's, when its evaluation system has them. */
public record ActivityRequest(@NotNull @Min(1) @Max(12) Integer period,
                              @NotNull @OneOf(ActivityType.class) @Schema(implementation = ActivityType.class) String type,
                              @NotBlank @Size(max = 200) String title,
                              @NotNull @Percent BigDecimal weight,
                              @Size(min = 1, max = 50) String dimension,
                              LocalDate dueOn) {
}
