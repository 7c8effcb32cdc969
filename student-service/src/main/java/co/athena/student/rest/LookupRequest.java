package co.athena.student.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Up to 500 student ids; those of other schools or unknown are simply absent from the answer. */
public record LookupRequest(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids) {
}
