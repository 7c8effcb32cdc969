package co.athena.identity.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Who to invite into the caller's school (the email they sign in with upstream) and with which roles. */
public record InvitationRequest(@NotBlank @Email @Size(max = 200) String email,
                                @NotEmpty @Size(max = 6) List<@NotNull String> roles) {
}
