package co.athena.persistence.idempotency;

import co.athena.shared.problem.Problem;
import co.athena.shared.problem.ProblemException;
import co.athena.shared.problem.Problems;
import co.athena.shared.tenant.TenantContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code Idempotency-Key} on every POST of every service, for a client that cannot know whether its
 * request happened (a timeout): the same key with the same request within 24 hours answers the first
 * response (status, Location, ETag, body) without doing it again; with another request, 422; while the
 * first still runs, 409 with Retry-After (a claim left unanswered for a minute — its instance died — is
 * taken over by the next retry). Keys belong to the token's school; a call without a school
 * (platform administration) is not keyed. A server failure (5xx) frees the key for the retry.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String CLAIMED = IdempotencyFilters.class.getName() + ".claimed";
    /** The first answer's headers a replay repeats. */
    private static final List<String> REPLAYED = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG, "Content-Disposition");

    private final IdempotencyKeys keys;
    private final CurrentIdentityAssociation identity;
    private final ObjectMapper mapper;

    public IdempotencyFilters(IdempotencyKeys keys, CurrentIdentityAssociation identity, ObjectMapper mapper) {
        this.keys = keys;
        this.identity = identity;
        this.mapper = mapper;
    }

    private record Claimed(UUID school, String key) {
    }

    /** readBody: the body is buffered before this runs, so hashing it never blocks the event loop. */
    @ServerRequestFilter(readBody = true)
    public Uni<Response> claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !HttpMethod.POST.equals(request.getMethod())) {
            return Uni.createFrom().nullItem();
        }
        if (key.isBlank() || key.length() > 255) {
            throw Problems.badRequest(HEADER, "must be 1 to 255 characters");
        }
        String hash = hash(request);
        // authentication is lazy: the caller's school is resolved without blocking the event loop
        return identity.getDeferredIdentity().chain(caller -> {
            Optional<UUID> school = caller.getPrincipal() instanceof JsonWebToken token
                    ? TenantContext.schoolIdOf(token) : Optional.empty();
            return school.isEmpty() ? Uni.createFrom().nullItem() : claim(request, school.get(), key, hash);
        });
    }

    private Uni<Response> claim(ContainerRequestContext request, UUID school, String key, String hash) {
        return keys.claim(school, key, hash).map(claim -> {
            if (claim.claimed()) {
                request.setProperty(CLAIMED, new Claimed(school, key));
                return null;
            }
            if (!claim.requestHash().equals(hash)) {
                throw Problems.unprocessable(HEADER, "was used for another request; a new request needs a new key");
            }
            return claim.answer().map(IdempotencyFilters::replay).orElseThrow(() -> new ProblemException(new Problem(
                    "request-in-progress", "Conflict", 409, "the first request with this Idempotency-Key is still "
                    + "running; retry to get its answer", null, null), Map.of("Retry-After", "1")));
        });
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return Uni.createFrom().voidItem();
        }
        if (response.getStatus() >= 500) {
            return keys.release(claimed.school(), claimed.key());
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        REPLAYED.forEach(name -> Optional.ofNullable(response.getHeaderString(name)).ifPresent(v -> headers.put(name, v)));
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        return keys.record(claimed.school(), claimed.key(),
                        new IdempotencyKeys.Answer(response.getStatus(), type, headers, bytes(response.getEntity())))
                .onFailure().recoverWithUni(failure -> {
                    // the answer goes out regardless; a retry then does the work again rather than wait forever
                    LOG.warnf("idempotency key not recorded, released: %s", failure.toString());
                    return keys.release(claimed.school(), claimed.key());
                });
    }

    private static Response replay(IdempotencyKeys.Answer answer) {
        Response.ResponseBuilder replay = Response.status(answer.status()).entity(answer.body());
        if (answer.contentType() != null) {
            replay.type(answer.contentType());
        }
        answer.headers().forEach(replay::header);
        return replay.build();
    }

    private byte[] bytes(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] raw) {
            return raw;
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be stored for replay", e);
        }
    }

    /** Method, path, query and body: the same key on anything else is another request. */
    private static String hash(ContainerRequestContext request) {
        try {
            byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
            request.setEntityStream(new ByteArrayInputStream(body));
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
