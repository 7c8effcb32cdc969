package co.athena.identity.service;

import java.util.Optional;
import java.util.UUID;

/**
 * Who the upstream provider vouched for: its subject (our user id), the email only when the provider
 * says it verified it, and a display name when it has one.
 */
public record UpstreamIdentity(UUID subject, Optional<String> verifiedEmail, Optional<String> name) {
}
