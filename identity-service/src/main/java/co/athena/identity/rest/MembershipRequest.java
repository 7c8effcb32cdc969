package co.athena.identity.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A membership in the caller's school, for a user given by id or by email. */
public record MembershipRequest(UUID userId, @Email String email,
                                @NotEmpty @Size(max = 6) List<@NotNull String> roles) {
}
