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
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** The token exchange and the public keys that verify its tokens. */
@Path("/")
@Tag(name = "auth")
@SecurityScheme(securitySchemeName = AuthResource.UPSTREAM, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The upstream identity provider's access token (a Supabase session), exchanged for an Athena token")
public class AuthResource {

    static final String UPSTREAM = "upstream";


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
            + "client and per account (429 with Retry-After); every refusal of access reads the same (403)",
            description = "**Needs** the upstream identity provider's token as `Authorization: Bearer`, not an Athena token.")
    @SecurityRequirement(name = UPSTREAM)
    @APIResponse(responseCode = "200", description = "The access token",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccessToken.class)))
    @APIResponse(responseCode = "429", description = "too many attempts from this client or for this account: retry after Retry-After seconds")
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
    @Operation(summary = "The public keys of Athena access tokens (current and, during a rotation, previous)",
            description = "Public by design (RFC 7517): every service and outside verifier reads it without a token.")
    public Map<String, Object> jwks() {
        return keys.jwks();
    }
}
