package co.athena.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The OpenAPI document an integrator generates a client from tells the truth (the shared filter and
 * settings in shared-model, so every service's does): ids for every operation, the bearer scheme the
 * operations name exists, every error they can answer is documented as problem+json, creates are 201
 * with Location. The document is kept in target/ for outside linters. A service's test extends it.
 */
public abstract class OpenApiContract {

    private JsonNode document;

    @BeforeEach
    void read() throws Exception {
        String json = RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.writeString(Path.of("target", "openapi.json"), json);
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void everyOperationHasAUniqueId() {
        List<String> missing = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        operations((name, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isEmpty()) {
                missing.add(name);
            } else if (!seen.add(id)) {
                repeated.add(id);
            }
        });
        assertEquals(List.of(), missing, "operations without operationId");
        assertEquals(List.of(), repeated, "operationIds used twice");
    }

    @Test
    void theSecuritySchemeEveryOperationNamesExistsAndIsABearerToken() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertEquals("bearer", schemes.path("jwt").path("scheme").asText(), schemes.toString());
        List<String> dangling = new ArrayList<>();
        operations((name, operation) -> operation.path("security").forEach(requirement -> requirement.fieldNames()
                .forEachRemaining(scheme -> {
                    if (!schemes.has(scheme)) {
                        dangling.add(name + " → " + scheme);
                    }
                })));
        assertEquals(List.of(), dangling);
    }

    @Test
    void everySecuredOperationDocumentsItsErrorsAsProblems() {
        List<String> undocumented = new ArrayList<>();
        operations((name, operation) -> {
            List<String> expected = new ArrayList<>(List.of("400", "503"));
            if (!operation.path("security").isEmpty()) {
                expected.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            for (String status : expected) {
                JsonNode problem = operation.path("responses").path(status).path("content").path("application/problem+json");
                if (!problem.path("schema").path("$ref").asText().equals("#/components/schemas/Problem")) {
                    undocumented.add(name + " " + status);
                }
            }
        });
        assertEquals(List.of(), undocumented);
        assertEquals(List.of("type", "title", "status"), List.of(document.at("/components/schemas/Problem/required").get(0).asText(),
                document.at("/components/schemas/Problem/required").get(1).asText(),
                document.at("/components/schemas/Problem/required").get(2).asText()));
    }

    @Test
    void whatIsCreatedIsDocumentedWithItsLocationAndBody() {
        List<String> incomplete = new ArrayList<>();
        operations((name, operation) -> {
            JsonNode created = operation.path("responses").path("201");
            if (!created.isMissingNode() && (!created.path("headers").has("Location") || created.path("content").isEmpty())) {
                incomplete.add(name);
            }
            if (name.startsWith("POST") && operation.path("responses").has("200") && !operation.path("responses").has("201")
                    && operation.path("summary").asText().toLowerCase().startsWith("create")) {
                incomplete.add(name + " creates but documents 200");
            }
        });
        assertEquals(List.of(), incomplete);
    }

    @Test
    void everyPatternIsAnchoredAsTheServerAppliesIt() {
        List<String> unanchored = new ArrayList<>();
        document.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue()
                .path("properties").fields().forEachRemaining(property -> {
                    String pattern = property.getValue().path("pattern").asText("");
                    if (!pattern.isEmpty() && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
                        unanchored.add(schema.getKey() + "." + property.getKey() + " " + pattern);
                    }
                }));
        assertEquals(List.of(), unanchored);
    }

    @Test
    void everyPostTakesAnIdempotencyKey() {
        List<String> without = new ArrayList<>();
        operations((name, operation) -> {
            if (name.startsWith("POST ")) {
                boolean documented = false;
                for (JsonNode parameter : operation.path("parameters")) {
                    documented |= parameter.path("name").asText().equals("Idempotency-Key");
                }
                if (!documented) {
                    without.add(name);
                }
            }
        });
        assertEquals(List.of(), without);
    }

    @Test
    void everySecuredOperationNamesThePermissionAndRolesItNeeds() {
        List<String> silent = new ArrayList<>();
        operations((name, operation) -> {
            if (!operation.path("security").isEmpty()
                    && !operation.path("description").asText().matches("(?s).*\\*\\*Needs\\*\\* (`[a-z]+:[a-z_]+` \\(roles: [a-z, ]+\\)|a valid token|the upstream).*")) {
                silent.add(name);
            }
        });
        assertEquals(List.of(), silent, "secured operations whose description does not name their permission");
    }

    @Test
    void everyPatchIsAMergePatchThatSaysWhatNullDoes() {
        List<String> wrong = new ArrayList<>();
        operations((name, operation) -> {
            JsonNode body = operation.path("requestBody");
            if (name.startsWith("PATCH") && (!body.path("content").has("application/merge-patch+json")
                    || !body.path("description").asText().contains("`null` clears it"))) {
                wrong.add(name);
            }
        });
        assertEquals(List.of(), wrong);
    }

    private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                each.accept(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
    }
}
