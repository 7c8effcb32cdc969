package co.athena.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays a sibling service's HTTP API in a test: routes answer from the test's own state, every request
 * is recorded, and the sibling can be taken down (connections refused) or made slow, on the same port.
 * Only for siblings reached over HTTP: PostgreSQL, Kafka and S3 are always the real ones.
 */
public final class StubHttpServer implements AutoCloseable {

    /** What a route sees: the path's groups, the body, the headers. */
    public record Request(String method, String path, String query, Matcher match, String body,
                          Map<String, List<String>> headers) {

        /** A query parameter's value, or null. */
        public String param(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
            return null;
        }


        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The school the caller's token is bound to ("none" without one): a fake answers within it only. */
        public String school() {
            String authorization = header("Authorization");
            if (authorization == null || !authorization.startsWith("Bearer ")) {
                return "none";
            }
            String[] parts = authorization.substring(7).split("\\.");
            try {
                return JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("school_id").asText("none");
            } catch (IOException | RuntimeException e) {
                return "none";
            }
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public record Response(int status, String json) {

        public static Response ok(String json) {
            return new Response(200, json);
        }

        public static Response json(Object body) {
            try {
                return ok(JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** 200 with {@code body} as JSON, or 404 when there is none. */
        public static Response found(Object body) {
            return body == null ? notFound() : json(body);
        }

        public static Response notFound() {
            return new Response(404, "{\"type\":\"urn:athena:problem:not-found\",\"status\":404}");
        }
    }

    private record Route(String method, Pattern path, Function<Request, Response> handler) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private int port;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;

    private StubHttpServer(int port) {
        this.port = port;
    }

    /** On a port the system picks (binding port 0 cannot race another process for a "free" one). */
    public static StubHttpServer start() {
        return start(0);
    }

    public static StubHttpServer start(int port) {
        StubHttpServer stub = new StubHttpServer(port);
        stub.up();
        return stub;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public StubHttpServer route(String method, String pathRegex, Function<Request, Response> handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
        return this;
    }

    /** Every request since the last {@link #clearReceived()}, oldest first. */
    public List<Request> received() {
        return List.copyOf(received);
    }

    public void clearReceived() {
        received.clear();
    }

    /** Answers only after {@code value}: longer than the caller's timeout, this is a hung sibling. */
    public void delay(Duration value) {
        delay = value;
    }

    public synchronized void up() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Closes the port: callers see connection refused, as with a stopped service. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Response response = new Response(404, "{\"status\":404}");
            for (Route route : routes) {
                Matcher match = route.path().matcher(path);
                if (route.method().equals(exchange.getRequestMethod()) && match.matches()) {
                    Request request = new Request(exchange.getRequestMethod(), path,
                            exchange.getRequestURI().getRawQuery(), match, body, Map.copyOf(exchange.getRequestHeaders()));
                    received.add(request);
                    response = route.handler().apply(request);
                    break;
                }
            }
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            byte[] bytes = response.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    response.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        down();
    }
}
