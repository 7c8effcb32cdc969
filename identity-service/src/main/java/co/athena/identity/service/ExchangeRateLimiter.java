package co.athena.identity.service;

import co.athena.identity.config.ExchangeRateLimitConfig;
import co.athena.shared.problem.Problems;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Slows down guessing at the token exchange: a token bucket (Bucket4j) per client address and per
 * upstream subject, in bounded caches (Caffeine) that forget idle keys after a period. Over the
 * limit → 429 with the seconds until the next attempt is allowed.
 */
@ApplicationScoped
public class ExchangeRateLimiter {

    private final LoadingCache<String, Bucket> clients;
    private final LoadingCache<UUID, Bucket> subjects;

    public ExchangeRateLimiter(ExchangeRateLimitConfig config) {
        this.clients = buckets(config.perClient(), config.period(), config.tracked());
        this.subjects = buckets(config.perSubject(), config.period(), config.tracked());
    }

    public void client(String address) {
        take(clients.get(address == null ? "unknown" : address), "from this address");
    }

    public void subject(UUID subject) {
        take(subjects.get(subject), "for this account");
    }

    private static void take(Bucket bucket, String whose) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
            throw Problems.tooManyRequests("too many sign-in attempts " + whose + "; retry in " + seconds + " s", seconds);
        }
    }

    private static <K> LoadingCache<K, Bucket> buckets(long capacity, Duration period, long tracked) {
        return Caffeine.newBuilder()
                .maximumSize(tracked)
                .expireAfterAccess(period)
                .build(key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                        .build());
    }
}
