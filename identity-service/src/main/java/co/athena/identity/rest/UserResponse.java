package co.athena.identity.rest;

import co.athena.identity.domain.User;

import java.time.Instant;
import java.util.UUID;

public record UserResponse(UUID id, String email, String fullName, boolean isActive, boolean isSuperadmin,
                           Instant createdAt, Instant updatedAt, long version) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id, user.email, user.fullName, user.active, user.superadmin, user.createdAt,
                user.updatedAt, user.version);
    }
}
