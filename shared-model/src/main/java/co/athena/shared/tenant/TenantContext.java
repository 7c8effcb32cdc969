package co.athena.shared.tenant;

import co.athena.shared.problem.Problems;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * The tenant of the current request: the verified token's {@code school_id} claim and nothing else
 * (never a path segment, header or body field).
 */
@RequestScoped
public class TenantContext {

    public static final String SCHOOL_ID_CLAIM = "school_id";

    private final JsonWebToken token;

    public TenantContext(JsonWebToken token) {
        this.token = token;
    }

    public Optional<UUID> schoolId() {
        return schoolIdOf(token);
    }

    public static Optional<UUID> schoolIdOf(JsonWebToken token) {
        Object claim = token.getClaim(SCHOOL_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The school of the request; a token bound to no school cannot use tenant endpoints (403). */
    public UUID requireSchoolId() {
        return schoolId().orElseThrow(() -> Problems.forbidden("this endpoint needs a token bound to a school"));
    }

    /** The caller's own credentials, for a call to a sibling service on the caller's behalf. */
    public String bearer() {
        return "Bearer " + token.getRawToken();
    }

    /** Who acts: the token's subject (the user id). */
    public String actor() {
        return token.getSubject();
    }

    /** The caller's user id (Athena's users are UUIDs); a subject that is none matches no teacher. */
    public Optional<UUID> actorId() {
        try {
            return Optional.ofNullable(token.getSubject()).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
