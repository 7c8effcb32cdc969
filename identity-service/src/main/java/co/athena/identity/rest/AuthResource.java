package co.athena.identity.rest;

import co.athena.identity.service.AccessToken;
import co.athena.identity.service.SigningKeys;
import co.athena.identity.service.TokenExchangeService;
import co.athena.shared.problem.Problem;
import co.athena.shared.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The token exchange and the public keys that verify its tokens. */
@Path("/")
@Tag(name = "auth")
public class AuthResource {

    private final TokenExchangeService exchange;
    private final SigningKeys keys;

    public AuthResource(TokenExchangeService exchange, SigningKeys keys) {
        this.exchange = exchange;
        this.keys = keys;
    }

    @POST
    @Path("api/v1/auth/token")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange the upstream provider's bearer token for a 15-minute Athena access token for one "
            + "school; accepts a pending invitation of that school to the account's verified email. Rate-limited per "
            + "client and per account (429 with Retry-After); every refusal of access reads the same (403)")
    public Uni<AccessToken> token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ExchangeRequest request,
                                  @Context HttpServerRequest http) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ProblemException(new Problem("unauthorized", "Unauthorized", 401,
                    "send the upstream identity provider's token as Authorization: Bearer <token>", null, null),
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        String client = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        return exchange.exchange(client, authorization.substring(7).trim(), request == null ? null : request.schoolId());
    }

    @GET
    @Path(".well-known/jwks.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The public keys of Athena access tokens (current and, during a rotation, previous)")
    public Map<String, Object> jwks() {
        return keys.jwks();
    }
}
