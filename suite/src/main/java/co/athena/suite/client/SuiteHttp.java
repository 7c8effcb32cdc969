package co.athena.suite.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP client for the suite's public APIs: JSON in, {@link Reply} out, bearer token on every call. */
public final class SuiteHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public Reply get(URI uri, String token) {
        return send(base(uri, token).GET(), "GET " + uri);
    }

    public Reply post(URI uri, String token, Object body) {
        return send(json(base(uri, token), "POST", body), "POST " + uri);
    }

    /** A POST whose caller would rather poll a job than wait (RFC 7240 {@code Prefer: respond-async}). */
    public Reply postPreferringAsync(URI uri, String token, Object body) {
        return send(json(base(uri, token).header("Prefer", "respond-async"), "POST", body), "POST " + uri);
    }

    public Reply post(URI uri, String token, Object body, String ifMatch) {
        return send(json(base(uri, token).header("If-Match", ifMatch), "POST", body), "POST " + uri);
    }

    public Reply patch(URI uri, String token, Object body, String ifMatch) {
        HttpRequest.Builder request = base(uri, token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(json(request, "PATCH", body), "PATCH " + uri);
    }

    public Reply put(URI uri, String token, Object body) {
        return send(json(base(uri, token), "PUT", body), "PUT " + uri);
    }

    public Reply delete(URI uri, String token) {
        return send(base(uri, token).DELETE(), "DELETE " + uri);
    }

    /** A multipart/form-data PUT with one file part. */
    public Reply putFile(URI uri, String token, String field, String fileName, byte[] content) {
        String boundary = "athena-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(base(uri, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "PUT " + uri);
    }

    /** A request exactly as given (method, headers, raw body), for callers that build hostile ones. */
    public Reply send(HttpRequest.Builder request, String description) {
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(description, response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(description + " interrupted", e);
        }
    }

    private static HttpRequest.Builder base(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "*/*");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String method, Object body) {
        try {
            return request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
    }
}
