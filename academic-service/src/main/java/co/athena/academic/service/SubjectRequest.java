package co.athena.academic.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A new subject of the catalog, under one of the school's areas. */
public record SubjectRequest(@NotNull UUID areaId,
                             @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
                             @NotNull @Size(max = 200) @Pattern(regexp = Codes.NAME, message = Codes.NAME_MESSAGE) String name) {
}
