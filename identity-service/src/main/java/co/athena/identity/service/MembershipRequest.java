package co.athena.identity.service;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A membership in the caller's school for an existing user: the platform's direct way (a school invites). */
public record MembershipRequest(@NotNull UUID userId, @NotEmpty @Size(max = 6) List<@NotNull String> roles) {
}
