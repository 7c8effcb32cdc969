package co.athena.academic.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new area: a short code (MAT), its name, and whether it is one of Ley 115's obligatory areas. */
public record AreaRequest(@NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
                          @NotNull @Size(max = 200) @Pattern(regexp = Codes.NAME, message = Codes.NAME_MESSAGE) String name,
                          Boolean mandatory) {
}
