package co.athena.infra;

import java.nio.file.Path;

/**
 * How to bring the infrastructure up: where its data lives, on which ports, and whether it may use
 * Testcontainers. Ports of 0 mean "any free port".
 */
public record InfraSettings(Path home, Path cache, int postgresPort, int kafkaPort, int kafkaControllerPort,
                            int s3Port, boolean throwaway, boolean containersAllowed) {

    public static final int LOCAL_POSTGRES_PORT = 55432;
    public static final int LOCAL_KAFKA_PORT = 19092;
    public static final int LOCAL_KAFKA_CONTROLLER_PORT = 19093;
    public static final int LOCAL_S3_PORT = 19000;

    /**
     * The suite of {@code ./athena up}: fixed ports (shifted by {@code portOffset}, so a second suite
     * can run beside the first), data kept under {@code home}.
     */
    public static InfraSettings localSuite(Path home, int portOffset) {
        return new InfraSettings(home, home.resolve("cache"), LOCAL_POSTGRES_PORT + portOffset,
                LOCAL_KAFKA_PORT + portOffset, LOCAL_KAFKA_CONTROLLER_PORT + portOffset, LOCAL_S3_PORT + portOffset,
                false, false);
    }

    /** A test run: free ports (so tests run while the suite is up), data thrown away at the end. */
    public static InfraSettings testRun(Path home, Path cache) {
        return new InfraSettings(home, cache, 0, 0, 0, 0, true, true);
    }

    int port(int configured) {
        return configured == 0 ? Ports.free() : configured;
    }
}
