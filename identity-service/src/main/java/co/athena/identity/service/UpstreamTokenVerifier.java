package co.athena.identity.service;

import co.athena.identity.config.UpstreamConfig;
import co.athena.shared.problem.Problem;
import co.athena.shared.problem.ProblemException;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies an upstream token: signature (JWKS for RS256/ES256, the shared secret for HS256, each
 * path accepting only its own algorithms, so a token cannot pick its verification key), issuer,
 * audience and expiry. Blocking: a JWKS may be fetched; call it off the event loop.
 */
@ApplicationScoped
public class UpstreamTokenVerifier {

    private static final Logger LOG = Logger.getLogger(UpstreamTokenVerifier.class);
    private static final Pattern ALG = Pattern.compile("\"alg\"\\s*:\\s*\"([^\"]+)\"");

    private final Optional<DefaultJWTParser> asymmetric;
    private final Optional<DefaultJWTParser> symmetric;

    public UpstreamTokenVerifier(UpstreamConfig config) {
        this.asymmetric = config.jwksUrl().map(url -> {
            JWTAuthContextInfo info = context(config, Set.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256));
            info.setPublicKeyLocation(url);
            return new DefaultJWTParser(info);
        });
        this.symmetric = config.hs256Secret().map(secret -> {
            JWTAuthContextInfo info = context(config, Set.of(SignatureAlgorithm.HS256));
            info.setSecretVerificationKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return new DefaultJWTParser(info);
        });
    }

    /** Whether verifying may fetch keys over the network (asymmetric algorithms through the JWKS). */
    public boolean mayBlock(String token) {
        return !"HS256".equals(algorithm(token));
    }

    public UpstreamIdentity verify(String token) {
        Optional<DefaultJWTParser> parser = switch (algorithm(token)) {
            case "RS256", "ES256" -> asymmetric;
            case "HS256" -> symmetric;
            default -> Optional.empty();
        };
        if (parser.isEmpty()) {
            throw invalid("unsupported signature algorithm");
        }
        try {
            JsonWebToken jwt = parser.get().parse(token);
            return new UpstreamIdentity(UUID.fromString(jwt.getSubject()), verifiedEmail(jwt), name(jwt));
        } catch (ParseException e) {
            LOG.debugf("upstream token refused: %s", e.getMessage());
            throw invalid("signature, issuer, audience or expiry check failed");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid("the subject is not a user id");
        }
    }

    /**
     * The email, when the provider says it verified it: OIDC's {@code email_verified}, or Supabase's
     * {@code user_metadata.email_verified}. An unverified address proves nothing about its owner.
     */
    private static Optional<String> verifiedEmail(JsonWebToken jwt) {
        Object email = jwt.getClaim("email");
        if (email == null || email.toString().isBlank()) {
            return Optional.empty();
        }
        boolean verified = isTrue(jwt.getClaim("email_verified")) || isTrue(metadata(jwt, "email_verified"));
        return verified ? Optional.of(unquoted(email).trim().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Optional<String> name(JsonWebToken jwt) {
        Object name = jwt.getClaim("name");
        Object fullName = name != null ? name : metadata(jwt, "full_name");
        return Optional.ofNullable(fullName).map(UpstreamTokenVerifier::unquoted).map(String::strip)
                .filter(n -> !n.isEmpty() && n.length() <= 200 && n.codePoints().noneMatch(Character::isISOControl));
    }

    private static Object metadata(JsonWebToken jwt, String field) {
        Object metadata = jwt.getClaim("user_metadata");
        return metadata instanceof JsonObject object ? object.get(field) : null;
    }

    private static boolean isTrue(Object claim) {
        return claim != null && ("true".equals(claim.toString()) || JsonValue.TRUE.equals(claim));
    }

    private static String unquoted(Object claim) {
        return claim instanceof JsonString string ? string.getString() : claim.toString();
    }

    private static String algorithm(String token) {
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            Matcher alg = ALG.matcher(header);
            return alg.find() ? alg.group(1) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static JWTAuthContextInfo context(UpstreamConfig config, Set<SignatureAlgorithm> algorithms) {
        JWTAuthContextInfo info = new JWTAuthContextInfo();
        info.setIssuedBy(config.issuer());
        info.setExpectedAudience(Set.of(config.audience()));
        info.setSignatureAlgorithm(algorithms);
        return info;
    }

    static ProblemException invalid(String why) {
        return new ProblemException(new Problem("unauthorized", "Unauthorized", 401,
                "the upstream token was refused: " + why, null, null), java.util.Map.of("WWW-Authenticate", "Bearer"));
    }
}
