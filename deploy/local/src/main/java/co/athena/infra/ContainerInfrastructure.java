package co.athena.infra;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL, Kafka and an S3-compatible server as Testcontainers, used by tests where a Docker
 * engine answers. Stopping one for a fault test pauses its container, so its port and data stay.
 */
final class ContainerInfrastructure {

    private ContainerInfrastructure() {
    }

    static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
            return false; // no engine to ask: skip Testcontainers' probe and its error log
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static final class Postgres extends Paused {
        private final PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine")
                .withUsername("postgres").withPassword("postgres").withDatabaseName("postgres");

        Postgres() {
            super("postgresql");
            container.start();
            bind(container);
        }

        PostgresEndpoint endpoint() {
            return new PostgresEndpoint(container.getHost(), container.getMappedPort(5432), "postgres", "postgres",
                    "postgres");
        }
    }

    static final class Kafka extends Paused {
        private final KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0");

        Kafka() {
            super("kafka");
            container.start();
            bind(container);
        }

        String bootstrap() {
            return container.getBootstrapServers();
        }
    }

    static final class S3 extends Paused {
        private final GenericContainer<?> container = new GenericContainer<>("andrewgaul/s3proxy:s3proxy-4.1.0")
                .withEnv("S3PROXY_AUTHORIZATION", "aws-v2-or-v4")
                .withEnv("S3PROXY_IDENTITY", LocalS3Proxy.ACCESS_KEY)
                .withEnv("S3PROXY_CREDENTIAL", LocalS3Proxy.SECRET_KEY)
                .withEnv("JCLOUDS_PROVIDER", "transient")
                .withExposedPorts(80)
                .waitingFor(Wait.forListeningPort());

        S3() {
            super("s3");
            container.start();
            bind(container);
        }

        S3Endpoint endpoint() {
            return new S3Endpoint("http://" + container.getHost() + ":" + container.getMappedPort(80),
                    LocalS3Proxy.ACCESS_KEY, LocalS3Proxy.SECRET_KEY, "us-east-1");
        }
    }

    private abstract static class Paused implements Component {
        private final String name;
        private GenericContainer<?> container;
        private boolean paused;

        Paused(String name) {
            this.name = name;
        }

        void bind(GenericContainer<?> started) {
            this.container = started;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public synchronized void start() {
            if (paused) {
                container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
                paused = false;
            }
        }

        @Override
        public synchronized void stop() {
            if (!paused) {
                container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
                paused = true;
            }
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
