package co.athena.shared.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.Claims;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtContext;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * smallrye-jwt's own factory of verified tokens (the same parser and checks), whose tokens tell a standard claim from
 * the others by a map lookup. smallrye-jwt's {@code JWTCallerPrincipal.getClaimType} calls {@code Claims.valueOf}
 * and catches the {@code IllegalArgumentException} it throws for any other name, so each read of Athena's own claims
 * ({@code school_id}, {@code iat_ms}) threw one: three per request in every service, each filling in the stack of a
 * reactive chain (JFR's exception statistics under wrk). The CPU they cost was too small to measure here; the point is
 * not to throw on every request. {@link VerifiedTokens} parses with it. (Registered for smallrye-jwt's ServiceLoader
 * instead, it clashed with Quarkus' class loaders in tests: "not a subtype".)
 */
public class TokenPrincipalFactory extends JWTCallerPrincipalFactory {

    private final DefaultJWTTokenParser parser = new DefaultJWTTokenParser();

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo context) throws ParseException {
        JwtContext verified = parser.parse(token, context);
        return new TokenPrincipal(verified.getJoseObjects().get(0).getHeader("typ"), verified.getJwtClaims());
    }

    /** A verified token; a claim's name is standard when {@link Claims} has it, as in smallrye-jwt. */
    static final class TokenPrincipal extends DefaultJWTCallerPrincipal {

        private static final Map<String, Claims> STANDARD = Arrays.stream(Claims.values())
                .collect(Collectors.toUnmodifiableMap(Claims::name, Function.identity()));

        TokenPrincipal(String type, JwtClaims claims) {
            super(type, claims);
        }

        @Override
        protected Claims getClaimType(String name) {
            return STANDARD.getOrDefault(name, Claims.UNKNOWN);
        }
    }
}
