package co.athena.shared.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;

/**
 * When an Athena token was issued, to the millisecond. {@code iat} has whole seconds, too coarse to
 * tell a token issued just after a role change from one issued just before it; identity-service
 * also writes {@value #CLAIM}. A token without it counts as issued at the start of its second, so
 * doubt refuses rather than admits.
 */
public final class IssuedAt {

    public static final String CLAIM = "iat_ms";

    private IssuedAt() {
    }

    public static Instant of(JsonWebToken token) {
        Object millis = token.getClaim(CLAIM);
        if (millis instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        if (millis != null) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(millis.toString()));
            } catch (NumberFormatException ignored) {
                // fall back to iat
            }
        }
        return Instant.ofEpochSecond(token.getIssuedAtTime());
    }
}
