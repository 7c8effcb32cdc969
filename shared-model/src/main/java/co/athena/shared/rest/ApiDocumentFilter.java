package co.athena.shared.rest;

import co.athena.shared.problem.Problem;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every service's OpenAPI document says what the server really answers (the one filter, applied to
 * all): the problem+json schema and each error status an operation can return — 400 for input, 401 and
 * 403 when it needs a token, 404 when a path names a resource, 409 for writes, 412 when it takes
 * {@code If-Match}, 503 when a dependency is down — {@code Location}/{@code ETag} on what it creates, the
 * {@code Idempotency-Key} every POST honours (persistence-support's IdempotencyFilters), and patterns
 * anchored as the server applies them.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::anchorPatterns);
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                document(path, method, operation)));
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
        errors.put("503", "a dependency is unavailable: retry after Retry-After seconds");
        errors.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, problem(description));
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
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError))
                .required(List.of("type", "title", "status"));
    }
}
