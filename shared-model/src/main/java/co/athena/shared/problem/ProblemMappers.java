package co.athena.shared.problem;

import co.athena.shared.text.CleanTextModule;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.ConnectException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** Every error of every service as {@code application/problem+json}; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ExceptionTranslator> translators;

    public ProblemMappers(Instance<ExceptionTranslator> translators) {
        this.translators = translators;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return respond(Problems.invalid(errors));
    }

    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String parent = path(unknown);
            String field = unknown.getPropertyName();
            return respond(Problems.badRequest(parent.isEmpty() || parent.endsWith(field) ? field : parent + "." + field,
                    "unknown field"));
        }
        if (e instanceof CleanTextModule.ControlCharacterException text) {
            return respond(Problems.badRequest(path(text), text.getOriginalMessage()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return respond(Problems.badRequest(path(mapping), expected(mapping)));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            // valid JSON of the wrong kind as a whole ([…] where an object is read, or the reverse)
            Class<?> target = mismatch.getTargetType();
            return respond(Problems.malformed("the body must be a JSON "
                    + (target.isArray() || Collection.class.isAssignableFrom(target) ? "array" : "object")));
        }
        return respond(Problems.malformed("the body is not valid JSON"));
    }

    /** What the field takes, when a person needs to be told the format. */
    private static String expected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (target == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        if (target == Instant.class || target == OffsetDateTime.class) {
            return "must be a date and time as YYYY-MM-DDThh:mm:ssZ (ISO 8601, with its offset)";
        }
        if (target == UUID.class) {
            return "must be an id as the API gives it (a UUID)";
        }
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "has the wrong type or format";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e) {
        Response response = respond(new ProblemException(new Problem("unauthorized", "Unauthorized", 401,
                "a valid bearer token is required", null, null)));
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    /** Names the permission the operation needs (from its {@code @PermissionsAllowed}), never what the caller holds. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ResourceInfo resource) {
        return respond(Problems.forbidden(needed(resource)
                .map(permissions -> "this needs the permission " + String.join(" or ", permissions)
                        + ", which your roles in this school do not grant")
                .orElse("your roles do not grant the permission this needs")));
    }

    private static Optional<List<String>> needed(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        PermissionsAllowed allowed = resource.getResourceMethod().getAnnotation(PermissionsAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(PermissionsAllowed.class);
        }
        return Optional.ofNullable(allowed).map(a -> List.of(a.value()));
    }

    /** Names what the server takes instead of JAX-RS's "did not match the value in @Consumes". */
    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, HttpHeaders headers) {
        String given = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
        return respond(Problems.unsupportedMediaType((given == null ? "a body needs a Content-Type"
                : "Content-Type " + given + " is not accepted here") + ": JSON bodies are application/json, "
                + "PATCH bodies also application/merge-patch+json, uploads multipart/form-data, imports text/csv"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof ProblemException problem) {
            // a parameter converter's own answer (a malformed id), wrapped by Quarkus REST
            return respond(problem);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST reports an unreadable body as a 400 that wraps Jackson's exact complaint
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        return respond(new ProblemException(new Problem(slug(title), title, status,
                Optional.ofNullable(e.getMessage()).filter(m -> !m.startsWith("HTTP ")).orElse(title), null, null)));
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return respond(problem);
            }
            for (ExceptionTranslator translator : translators) {
                Optional<ProblemException> translated = translator.translate(cause);
                if (translated.isPresent()) {
                    return respond(translated.get(), cause);
                }
            }
            if (cause instanceof ConnectException || cause instanceof TimeoutException) {
                return respond(Problems.unavailable("a dependency"), cause);
            }
        }
        LOG.error("unexpected failure", e);
        return respond(new ProblemException(new Problem("internal", "Internal error", 500,
                "an unexpected error happened; it has been logged", null, null)));
    }

    static Response respond(ProblemException e) {
        return respond(e, null);
    }

    /**
     * An outage answers 503 by design, so it is logged here, once per answer: which dependency (and the cause, when
     * known), under the request's trace id, for the operator who wonders why a school saw "retry later".
     */
    private static Response respond(ProblemException e, Throwable cause) {
        if (e.problem().getStatus() == 503) {
            LOG.warnf("answered 503: %s%s", e.problem().getDetail(), cause == null ? "" : " (" + cause + ")");
        }
        Response.ResponseBuilder builder = Response.status(e.problem().getStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(e.problem());
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** The JSON name of the invalid input: body fields in snake_case, else the parameter's name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && !names.isEmpty()) {
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    names.add(snake(node.getName()));
                }
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : snake(parameter);
        }
        return String.join(".", names);
    }

    static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
