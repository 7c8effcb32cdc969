package co.athena.identity.service;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** New roles and/or active state; absent fields stay as they are. */
public record MembershipPatch(@Size(min = 1, max = 6) List<@NotNull String> roles, Boolean isActive) {
}
