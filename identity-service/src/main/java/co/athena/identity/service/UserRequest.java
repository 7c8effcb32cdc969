package co.athena.identity.service;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A user to create: {@code id} is their subject at the upstream identity provider. */
public record UserRequest(@NotNull UUID id, @NotBlank @Email @Size(max = 200) String email,
                          @NotBlank @Size(max = 200) String fullName) {
}
