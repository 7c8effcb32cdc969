package co.athena.suite.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One operation of a service's public API, read from the OpenAPI document the service serves at
 * test time, so an endpoint added tomorrow is covered without editing the tests.
 */
record ApiOperation(String service, URI base, String method, String path, List<String> pathParams,
                    List<String> queryParams, JsonNode bodySchema, String bodyType, JsonNode document) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<ApiOperation> of(String service, URI base) {
        JsonNode document;
        try {
            // HTTP/1.1 as every other call of the suite tests: no h2c upgrade to go wrong on a 2 MB document
            HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            document = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                List<String> pathParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                for (JsonNode p : op.getValue().path("parameters")) {
                    switch (p.path("in").asText()) {
                        case "path" -> pathParams.add(p.path("name").asText());
                        case "query" -> queryParams.add(p.path("name").asText());
                        default -> { }
                    }
                }
                JsonNode content = op.getValue().at("/requestBody/content");
                // plain JSON where offered (a PATCH also takes application/merge-patch+json, read the same way)
                String bodyType = content.isMissingNode() || content.isEmpty() ? null
                        : content.has("application/json") ? "application/json" : content.fieldNames().next();
                JsonNode schema = bodyType == null ? null : resolve(document, content.path(bodyType).path("schema"));
                operations.add(new ApiOperation(service, base, op.getKey().toUpperCase(), path.getKey(), pathParams,
                        queryParams, schema, bodyType, document));
            }
        }
        return operations;
    }

    static JsonNode resolve(JsonNode document, JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String ref = schema.path("$ref").asText().replace("#/", "/");
            return resolve(document, document.at(ref));
        }
        return schema;
    }

    String key() {
        return method + " " + path;
    }

    @Override
    public String toString() {
        return service + " " + key();
    }
}
