package co.athena.identity.service;

import java.util.List;
import java.util.UUID;

/** An issued Athena access token and what it grants. */
public record AccessToken(String accessToken, String tokenType, long expiresIn, UUID schoolId, List<String> roles) {
}
