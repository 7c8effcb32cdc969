package co.athena.identity.service;

import java.util.UUID;

/** Who the upstream provider vouched for: its subject (our user id) and the email it knows. */
public record UpstreamIdentity(UUID subject, String email) {
}
