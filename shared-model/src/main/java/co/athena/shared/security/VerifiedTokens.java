package co.athena.shared.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;

/**
 * The parser that authenticates every request, remembering the tokens it has verified until they expire. A client
 * sends one token for its 15 minutes, and checking its RS256 signature took 10–25 % of a read's CPU (JFR under
 * bench/run). A token is remembered by its exact text, signature included, so only the very bytes that passed are
 * let through again; issuer, audience and keys are this service's fixed configuration, so they would pass again too.
 * Nothing else is remembered: revocations ({@link PermissionAugmentor}) and every check against the database run
 * on each request as before. A token stops being remembered at its {@code exp} and from then on is verified afresh
 * (with the configured clock skew). A signing key dropped from identity-service's JWKS is noticed at the next JWKS
 * refresh as before; a token it signed is still answered from here until that token's expiry at the latest.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    /** A few KB each (the token and its claims): enough for every active caller of a busy instance. */
    static final int REMEMBERED = 4_096;

    private final DefaultJWTParser verifier;
    private final Cache<String, JsonWebToken> verified;

    /** smallrye-jwt's parser for this service's configuration, making its tokens with {@link TokenPrincipalFactory}. */
    public VerifiedTokens(JWTAuthContextInfo configuration) {
        this.verifier = new DefaultJWTParser(configuration, new TokenPrincipalFactory());
        this.verified = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfter(UNTIL_EXPIRY).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken fresh = verifier.parse(token);
        verified.put(token, fresh);
        return fresh;
    }

    /** Remembered until its {@code exp}; a token without one (0) not at all. */
    private static final Expiry<String, JsonWebToken> UNTIL_EXPIRY = new Expiry<>() {
        @Override
        public long expireAfterCreate(String token, JsonWebToken parsed, long now) {
            return Math.max(0, Duration.between(Instant.now(), Instant.ofEpochSecond(parsed.getExpirationTime())).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken parsed, long now, long left) {
            return expireAfterCreate(token, parsed, now);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken parsed, long now, long left) {
            return left;
        }
    };

    // Everything else is a different check (another context, key or operation): never remembered.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
