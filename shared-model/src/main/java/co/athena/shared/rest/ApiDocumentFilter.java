package co.athena.shared.rest;

import co.athena.shared.patch.MergePatch;
import co.athena.shared.patch.Merged;
import co.athena.shared.problem.Problem;
import co.athena.shared.security.RolePermissions;
import co.athena.shared.security.Roles;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every service's OpenAPI document says what the server really answers (the one filter, applied to
 * all): the problem+json schema and each error status an operation can return — 400 for input, 401 and
 * 403 when it needs a token, 404 when a path names a resource, 409 for writes, 412 when it takes
 * {@code If-Match}, 503 when a dependency is down — {@code Location}/{@code ETag} on what it creates, the
 * {@code Idempotency-Key} every POST honours (persistence-support's IdempotencyFilters), the permission
 * and roles each operation needs (read from its {@code @PermissionsAllowed} and {@link RolePermissions}),
 * PATCH bodies as JSON Merge Patch with the fields null may clear, and patterns anchored as the server
 * applies them.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Set<String> JACKSON_TREES = Set.of("JsonNode", "JsonNodeType", "ObjectNode");
    private static final PropertyNamingStrategies.SnakeCaseStrategy JSON_NAMES = new PropertyNamingStrategies.SnakeCaseStrategy();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        schemas.values().forEach(ApiDocumentFilter::anchorPatterns);
        schemas.values().forEach(ApiDocumentFilter::freeFormTrees);
        schemas.values().forEach(ApiDocumentFilter::dropTypeBesideRef);
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                Optional<Method> java = Optional.ofNullable(operation.getOperationId()).flatMap(ResourceMethods::of);
                java.ifPresent(m -> describe(operation, needs(m)));
                java.ifPresent(m -> mergePatch(operation, m, schemas));
                if (operation.getOperationId() != null) {
                    operation.setOperationId(ResourceMethods.shortId(operation.getOperationId()));
                }
                document(path, method, operation);
            }));
        }
        // the generic wrapper's own schemas and Jackson's tree types it holds: request bodies name the patched type
        new ArrayList<>(schemas.keySet()).stream()
                .filter(name -> name.startsWith(MergePatch.class.getSimpleName()) || JACKSON_TREES.contains(name))
                .forEach(openAPI.getComponents()::removeSchema);
        schemas.values().forEach(ApiDocumentFilter::grantableRoles);
        // relative, so each document describes the service serving it (Swagger UI calls that host); a public API
        openAPI.setServers(List.of(OASFactory.createServer().url("/").addExtension("x-internal", false)));
    }

    /** Role lists take the roles a school grants ({@link Roles#GRANTABLE}, the list the server checks). */
    private static void grantableRoles(Schema schema) {
        Schema roles = schema.getProperties() == null ? null : schema.getProperties().get("roles");
        if (roles != null && roles.getItems() != null && roles.getItems().getRef() == null) {
            roles.getItems().setEnumeration(new ArrayList<>(Roles.GRANTABLE));
        }
    }

    /** What the operation's security annotations ask for, in words; null when it is open. */
    private static String needs(Method method) {
        PermissionsAllowed allowed = annotation(method, PermissionsAllowed.class);
        if (allowed != null) {
            return Arrays.stream(allowed.value())
                    .map(p -> "`" + p + "` (roles: " + String.join(", ", RolePermissions.granting(p)) + ")")
                    .collect(Collectors.joining(" or ")) + " in the token's school";
        }
        return annotation(method, Authenticated.class) != null ? "a valid token (any role)" : null;
    }

    private static <A extends Annotation> A annotation(Method method, Class<A> type) {
        A onMethod = method.getAnnotation(type);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(type);
    }

    private static void describe(Operation operation, String needs) {
        if (needs != null) {
            String said = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(said + "**Needs** " + needs + ".");
        }
    }

    /**
     * A {@code MergePatch<T>} body: says what null does, and lets null through the type of each field T may
     * clear (those without a {@link Merged} {@code @NotNull}), so a generated client can send it.
     */
    private static void mergePatch(Operation operation, Method method, Map<String, Schema> schemas) {
        Optional<Class<?>> patched = Arrays.stream(method.getGenericParameterTypes())
                .filter(type -> type instanceof ParameterizedType p && p.getRawType() == MergePatch.class)
                .<Class<?>>map(type -> (Class<?>) ((ParameterizedType) type).getActualTypeArguments()[0])
                .findFirst();
        if (patched.isEmpty() || operation.getRequestBody() == null) {
            return;
        }
        operation.getRequestBody().setDescription("JSON Merge Patch (RFC 7396; plain JSON is read the same way): "
                + "a field left out stays, `null` clears it, objects merge field by field. Fields that cannot be "
                + "cleared: " + String.join(", ", required(patched.get())) + ". A patch that changes nothing "
                + "answers 200 with the same version.");
        Schema schema = schemas.get(patched.get().getSimpleName());
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Set<String> required = Set.copyOf(required(patched.get()));
        schema.getProperties().forEach((name, property) -> {
            if (!required.contains(name)) {
                allowNull(property);
            }
        });
    }

    /** The JSON names of the record's fields a merge patch may not clear. */
    private static List<String> required(Class<?> type) {
        return Arrays.stream(type.getRecordComponents() == null ? new RecordComponent[0] : type.getRecordComponents())
                .filter(component -> {
                    NotNull notNull = component.getAccessor().getAnnotation(NotNull.class);
                    return notNull != null && Arrays.asList(notNull.groups()).contains(Merged.class);
                })
                .map(component -> JSON_NAMES.translate(component.getName()))
                .toList();
    }

    private static void allowNull(Schema property) {
        if (property.getRef() != null) {
            Schema ref = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            property.addAnyOf(ref).addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
        } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
    }

    /** SmallRye writes {@code type: object} beside an enum's $ref; a value cannot be both. */
    /** A property holding a Jackson tree (JSON passed through as it is, e.g. a job's result) is a free-form object. */
    private static void freeFormTrees(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> {
                String ref = property.getRef();
                if (ref != null && JACKSON_TREES.contains(ref.substring(ref.lastIndexOf('/') + 1))) {
                    property.setRef(null);
                    property.setType(List.of(Schema.SchemaType.OBJECT));
                }
            });
        }
    }

    private static void dropTypeBesideRef(Schema schema) {
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> {
                if (property.getRef() != null && property.getType() != null) {
                    property.setType(null);
                }
            });
        }
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", header("where the new resource is"));
            created.addHeader("ETag", header("its version, for If-Match"));
        }
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (method == PathItem.HttpMethod.POST) {
            operation.addParameter(OASFactory.createParameter().name(IDEMPOTENCY_KEY).in(Parameter.In.HEADER)
                    .description("Retry safely: the same key and request within 24 h answers the first response "
                            + "without doing it again (422 if the key was used for another request; 409 while the first runs)")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(255)));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "the input is invalid: `errors` names each field");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            errors.put("401", "no valid bearer token");
            errors.put("403", "the token's roles lack the permission this needs (named in `detail`)");
        }
        if (path.contains("{")) {
            errors.put("404", "nothing with that id in the caller's school");
        }
        if (write) {
            errors.put("409", "the current state does not allow it (`detail` says why)");
        }
        if (method == PathItem.HttpMethod.POST) {
            errors.put("422", "the Idempotency-Key was used for another request, or a reference is unknown");
        }
        if (takesIfMatch(operation)) {
            errors.put("412", "If-Match names a version that is no longer current");
        }
        errors.put("500", "an unexpected failure: logged with the request's trace, never a stack trace in the answer");
        errors.put("503", "a dependency is unavailable: retry after Retry-After seconds");
        errors.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, problem(description));
            }
        });
        // statuses an operation declares itself (429 where it limits) answer problem+json like the rest
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        });
    }

    /**
     * Bean Validation matches a pattern against the whole value; JSON Schema finds it anywhere in it.
     * Anchored, the document says what the server does ({@code F|M} would otherwise accept "XFX").
     */
    private static void anchorPatterns(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getPattern() != null && !schema.getPattern().startsWith("^")) {
            schema.setPattern("^(?:" + schema.getPattern() + ")$");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDocumentFilter::anchorPatterns);
        }
        anchorPatterns(schema.getItems());
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(ApiDocumentFilter::anchorPatterns);
        }
    }

    private static boolean takesIfMatch(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING));
    }

    /** RFC 9457 problem details, with {@code errors} for invalid input. */
    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text).required(List.of("field", "message"));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `errors` lists each invalid field (400/422)")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
