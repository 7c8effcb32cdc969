package co.athena.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many token exchanges one client address, and one upstream subject, may attempt per period.
 * Per instance: with n replicas a client gets up to n times as many.
 */
@ConfigMapping(prefix = "athena.exchange.rate-limit")
public interface ExchangeRateLimitConfig {

    /** Attempts per period from one client address, counted before the upstream token is even read. */
    @WithDefault("300")
    long perClient();

    /** Attempts per period for one verified upstream subject. */
    @WithDefault("30")
    long perSubject();

    @WithDefault("PT1M")
    Duration period();

    /** Client addresses and subjects remembered at most (the least recently seen are dropped first). */
    @WithDefault("100000")
    long tracked();
}
