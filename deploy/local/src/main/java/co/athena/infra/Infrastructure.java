package co.athena.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * PostgreSQL, Kafka and S3 for Athena, each taken from the first source that applies: an endpoint in
 * the environment ({@code ATHENA_PG_URL}, {@code ATHENA_KAFKA_BOOTSTRAP}, {@code ATHENA_S3_ENDPOINT}),
 * Testcontainers when a Docker engine answers and the settings allow it, else local processes.
 * {@code ATHENA_INFRA=local} forces local processes. Used by {@code ./athena up} and by the tests.
 */
public final class Infrastructure implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Infrastructure.class.getName());

    private final PostgresEndpoint postgres;
    private final String kafkaBootstrap;
    private final S3Endpoint s3;
    private final Component postgresComponent;
    private final Component kafkaComponent;
    private final Component s3Component;

    private Infrastructure(Started<PostgresEndpoint> pg, Started<String> kafka, Started<S3Endpoint> s3) {
        this.postgres = pg.endpoint();
        this.kafkaBootstrap = kafka.endpoint();
        this.s3 = s3.endpoint();
        this.postgresComponent = pg.component();
        this.kafkaComponent = kafka.component();
        this.s3Component = s3.component();
    }

    public static Infrastructure start(InfraSettings settings) {
        return start(settings, System.getenv());
    }

    static Infrastructure start(InfraSettings settings, Map<String, String> env) {
        boolean containers = settings.containersAllowed()
                && !"local".equalsIgnoreCase(env.getOrDefault("ATHENA_INFRA", "auto"))
                && needsAnyLocal(env) && ContainerInfrastructure.dockerAvailable();
        CompletableFuture<Started<PostgresEndpoint>> pg = async(() -> startPostgres(settings, env, containers));
        CompletableFuture<Started<String>> kafka = async(() -> startKafka(settings, env, containers));
        CompletableFuture<Started<S3Endpoint>> s3 = async(() -> startS3(settings, env, containers));
        try {
            CompletableFuture.allOf(pg, kafka, s3).join();
        } catch (CompletionException e) {
            List.of(pg, kafka, s3).forEach(f -> f.thenAccept(started -> started.component().close()));
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return new Infrastructure(pg.join(), kafka.join(), s3.join());
    }

    /** The cluster's administrator endpoint (database {@code postgres}). */
    public PostgresEndpoint postgres() {
        return postgres;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public S3Endpoint s3() {
        return s3;
    }

    public Component postgresComponent() {
        return postgresComponent;
    }

    public Component kafkaComponent() {
        return kafkaComponent;
    }

    public Component s3Component() {
        return s3Component;
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (Component component : List.of(s3Component, kafkaComponent, postgresComponent)) {
            try {
                component.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static boolean needsAnyLocal(Map<String, String> env) {
        return env.get("ATHENA_PG_URL") == null || env.get("ATHENA_KAFKA_BOOTSTRAP") == null
                || env.get("ATHENA_S3_ENDPOINT") == null;
    }

    private static Started<PostgresEndpoint> startPostgres(InfraSettings settings, Map<String, String> env,
                                                           boolean containers) {
        Optional<String> url = Optional.ofNullable(env.get("ATHENA_PG_URL"));
        if (url.isPresent()) {
            return new Started<>(PostgresEndpoint.parse(url.get()), new ExternalComponent("postgresql"));
        }
        if (containers) {
            ContainerInfrastructure.Postgres container = new ContainerInfrastructure.Postgres();
            return new Started<>(container.endpoint(), container);
        }
        LocalPostgres local = new LocalPostgres(settings.home().resolve("postgres"),
                settings.cache().resolve("postgres-binaries"), settings.home().resolve("logs"), settings.port(settings.postgresPort()),
                settings.throwaway());
        local.start();
        LOG.info(() -> "PostgreSQL listening on " + local.endpoint().jdbcUrl());
        return new Started<>(local.endpoint(), local);
    }

    private static Started<String> startKafka(InfraSettings settings, Map<String, String> env, boolean containers) {
        Optional<String> bootstrap = Optional.ofNullable(env.get("ATHENA_KAFKA_BOOTSTRAP"));
        if (bootstrap.isPresent()) {
            return new Started<>(bootstrap.get(), new ExternalComponent("kafka"));
        }
        if (containers) {
            ContainerInfrastructure.Kafka container = new ContainerInfrastructure.Kafka();
            return new Started<>(container.bootstrap(), container);
        }
        LocalKafkaBroker local = new LocalKafkaBroker(settings.home().resolve("kafka"),
                settings.port(settings.kafkaPort()), settings.port(settings.kafkaControllerPort()),
                settings.throwaway());
        local.start();
        LOG.info(() -> "Kafka listening on " + local.bootstrap());
        return new Started<>(local.bootstrap(), local);
    }

    private static Started<S3Endpoint> startS3(InfraSettings settings, Map<String, String> env, boolean containers) {
        Optional<String> endpoint = Optional.ofNullable(env.get("ATHENA_S3_ENDPOINT"));
        if (endpoint.isPresent()) {
            return new Started<>(new S3Endpoint(endpoint.get(),
                    env.getOrDefault("ATHENA_S3_ACCESS_KEY", LocalS3Proxy.ACCESS_KEY),
                    env.getOrDefault("ATHENA_S3_SECRET_KEY", LocalS3Proxy.SECRET_KEY),
                    env.getOrDefault("ATHENA_S3_REGION", "us-east-1")), new ExternalComponent("s3"));
        }
        if (containers) {
            ContainerInfrastructure.S3 container = new ContainerInfrastructure.S3();
            return new Started<>(container.endpoint(), container);
        }
        LocalS3Proxy local = new LocalS3Proxy(settings.home().resolve("s3"), settings.port(settings.s3Port()),
                settings.throwaway());
        local.start();
        LOG.info(() -> "S3Proxy listening on " + local.endpoint().url());
        return new Started<>(local.endpoint(), local);
    }

    private static <T> CompletableFuture<T> async(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, runnable -> {
            Thread thread = new Thread(runnable, "athena-infra-start");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private record Started<E>(E endpoint, Component component) {
    }
}
