package co.athena.shared.security;

import co.athena.shared.events.AccessChangedEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Athena tokens no longer count, from {@code athena.identity.access-changed.v1}: per (user,
 * school), (user, every school) and (every user, school), the time before which tokens were issued
 * under access that has since changed. An entry outlives every token it can refuse by the horizon
 * its feeder forgets it at, so the map holds only the last few minutes of changes.
 */
@ApplicationScoped
public class RevokedTokens {

    private record Scope(UUID user, UUID school) {
    }

    private final Map<Scope, Instant> notBefore = new ConcurrentHashMap<>();

    public void revoke(AccessChangedEvent change) {
        notBefore.merge(new Scope(change.userId(), change.schoolId()), change.effectiveAt(),
                (old, now) -> old.isAfter(now) ? old : now);
    }

    /** Whether a token of {@code user} for {@code school} (null: a platform token) issued at {@code issuedAt} is refused. */
    public boolean isRevoked(UUID user, UUID school, Instant issuedAt) {
        return before(new Scope(user, null), issuedAt)
                || school != null && (before(new Scope(user, school), issuedAt) || before(new Scope(null, school), issuedAt));
    }

    /** Drops the changes that took effect before {@code horizon}: every token they refuse has expired. */
    public void forgetBefore(Instant horizon) {
        notBefore.values().removeIf(at -> at.isBefore(horizon));
    }

    public int size() {
        return notBefore.size();
    }

    private boolean before(Scope scope, Instant issuedAt) {
        Instant revokedAt = notBefore.get(scope);
        return revokedAt != null && issuedAt.isBefore(revokedAt);
    }

    @Override
    public String toString() {
        return Objects.toString(notBefore);
    }
}
