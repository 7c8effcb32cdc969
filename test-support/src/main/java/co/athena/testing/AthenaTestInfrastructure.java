package co.athena.testing;

import co.athena.infra.AthenaDatabase;
import co.athena.infra.InfraSettings;
import co.athena.infra.Infrastructure;
import co.athena.infra.PostgresEndpoint;
import co.athena.infra.RunDirectories;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one Quarkus test resource of every service: real PostgreSQL, Kafka and S3 from
 * {@link Infrastructure} (environment endpoints, Testcontainers, or local processes), a database and
 * topic names of this run's own, and a JWKS that serves the test signing key. Started once per test
 * JVM and stopped when it exits.
 */
public class AthenaTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    public static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);
    public static final String MIGRATOR_PASSWORD = "athena-test";
    public static final String APP_PASSWORD = "athena-test-app";

    private static Infrastructure infrastructure;
    private static PostgresEndpoint database;
    private static HttpServer jwks;
    private static Path signingKey;

    @Override
    public synchronized Map<String, String> start() {
        startOnce();
        Map<String, String> config = new HashMap<>();
        config.put("athena.db.host", database.host());
        config.put("athena.db.port", Integer.toString(database.port()));
        config.put("athena.db.name", database.database());
        config.put("athena.db.migrator-password", MIGRATOR_PASSWORD);
        config.put("athena.db.app-password", APP_PASSWORD);
        config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrap());
        config.put("athena.events.topic-suffix", topicSuffix());
        config.put("athena.s3.endpoint", infrastructure.s3().url());
        config.put("athena.s3.access-key", infrastructure.s3().accessKey());
        config.put("athena.s3.secret-key", infrastructure.s3().secretKey());
        config.put("athena.s3.region", infrastructure.s3().region());
        config.put("athena.jwt.issuer", TestTokens.ISSUER);
        config.put("athena.jwt.audience", TestTokens.AUDIENCE);
        config.put("athena.jwt.jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json");
        // for identity-service: it signs with the trusted key, and trusts the test's upstream provider
        config.put("athena.test.signing-key-location", signingKey.toString());
        config.put("athena.test.signing-key-id", TestKeys.TRUSTED_KID);
        config.put("athena.test.upstream-issuer", UpstreamTokens.ISSUER);
        config.put("athena.test.upstream-audience", UpstreamTokens.AUDIENCE);
        config.put("athena.test.upstream-jwks-url", "http://127.0.0.1:" + jwks.getAddress().getPort() + "/upstream/jwks.json");
        config.put("athena.test.upstream-hs256-secret", UpstreamTokens.HS256_SECRET);
        return config;
    }

    @Override
    public void stop() {
        // the infrastructure outlives application restarts between test classes; a JVM hook stops it
    }

    /** Topic names of this run: {@code athena.schools.lifecycle.v1.<run>}. */
    public static String topicSuffix() {
        return "." + RUN_ID;
    }

    public static Infrastructure infrastructure() {
        return infrastructure;
    }

    /** This run's database, with the migrator's credentials. */
    public static PostgresEndpoint database() {
        return database;
    }

    private static synchronized void startOnce() {
        if (infrastructure != null) {
            return;
        }
        Path cache = Path.of(System.getProperty("user.home"), ".cache", "athena");
        Path run = RunDirectories.newRun(cache.resolve("test-runs"));
        infrastructure = Infrastructure.start(InfraSettings.testRun(run, cache));
        boolean external = System.getenv("ATHENA_PG_URL") != null;
        database = AthenaDatabase.provision(infrastructure.postgres(), external ? "athena_t" + RUN_ID : "athena",
                MIGRATOR_PASSWORD);
        jwks = serveJwks();
        signingKey = TestKeys.trustedPrivateKeyPem(run.resolve("keys"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            jwks.stop(0);
            infrastructure.close();
        }, "athena-test-infra-stop"));
    }

    private static void serve(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static HttpServer serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            serve(server, "/.well-known/jwks.json", TestKeys.jwks(TestKeys.TRUSTED, TestKeys.TRUSTED_KID));
            serve(server, "/upstream/jwks.json", TestKeys.jwks(TestKeys.UPSTREAM, TestKeys.UPSTREAM_KID));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
