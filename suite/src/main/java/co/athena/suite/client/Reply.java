package co.athena.suite.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** An HTTP answer: status, headers and the raw body (JSON read on demand). */
public record Reply(String request, int status, HttpHeaders headers, byte[] body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(request + " did not answer JSON: " + text(), e);
        }
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public String etag() {
        return header("ETag");
    }
}
