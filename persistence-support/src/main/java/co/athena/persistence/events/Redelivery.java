package co.athena.persistence.events;

import io.smallrye.mutiny.Uni;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * How a consumer treats a failure. A record that is not the contract (IllegalArgumentException) goes
 * to the dead-letter topic at once; anything else — the database down, a write racing a user's — is
 * retried with backoff for up to ten minutes before it goes there, so an outage loses nothing.
 */
public final class Redelivery {

    private static final Logger LOG = Logger.getLogger(Redelivery.class);

    static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);
    static final long GIVE_UP_AFTER_MS = Duration.ofMinutes(10).toMillis();

    private Redelivery() {
    }

    public static <T> Uni<T> retryTransient(Uni<T> effect, Runnable onRetry) {
        return effect
                // each failed attempt is told, or a consumer stuck on one record for ten minutes says nothing
                .onFailure(failure -> !(failure instanceof IllegalArgumentException))
                .invoke(failure -> {
                    onRetry.run();
                    LOG.warnf("an event's effect failed; retrying with backoff: %s", failure.toString());
                })
                .onFailure(failure -> !(failure instanceof IllegalArgumentException)).retry()
                .withBackOff(FIRST_BACKOFF, MAX_BACKOFF).expireIn(GIVE_UP_AFTER_MS);
    }
}
