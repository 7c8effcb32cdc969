package co.athena.suite.client;

import co.athena.infra.LocalIdentityProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Signs local users in the way the front end would: an upstream token from the local stand-in for
 * the identity provider, exchanged at identity-service for an Athena access token.
 */
public final class SignIn {

    private final Path keys;
    private final Endpoints endpoints;
    private final SuiteHttp http;

    public SignIn(Path keys, Endpoints endpoints, SuiteHttp http) {
        this.keys = keys;
        this.endpoints = endpoints;
        this.http = http;
    }

    /** The user's upstream subject, which is their Athena user id. */
    public static UUID subject(String email) {
        return LocalIdentityProvider.subject(email);
    }

    public String upstreamToken(String email) {
        try {
            return LocalIdentityProvider.upstreamToken(keys, email);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign " + email + " in with the keys in " + keys, e);
        }
    }

    /** An Athena token for {@code email} in {@code school} (null: the platform token of a superadmin). */
    public String token(String email, UUID school) {
        Reply reply = exchange(email, school);
        if (reply.status() != 200) {
            throw new IllegalStateException("token exchange for " + email + " answered " + reply.status() + ": "
                    + reply.text());
        }
        return reply.json().path("access_token").asText();
    }

    /** The token exchange's answer as it comes, for callers that expect a refusal or must wait. */
    public Reply exchange(String email, UUID school) {
        Map<String, Object> body = new HashMap<>();
        if (school != null) {
            body.put("school_id", school.toString());
        }
        return http.post(endpoints.identity("/api/v1/auth/token"), upstreamToken(email), body);
    }
}
