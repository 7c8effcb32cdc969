package co.athena.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * PostgreSQL 15 from the embedded binaries on Maven Central, data kept in {@code dataDir}, its own log in
 * {@code logDir}/postgresql.log beside the services' (bench/run also reads the statements it logs there).
 */
final class LocalPostgres implements Component {

    private final Path dataDir;
    private final Path binariesDir;
    private final Path logDir;
    private final int port;
    private final boolean throwaway;
    private EmbeddedPostgres server;

    LocalPostgres(Path dataDir, Path binariesDir, Path logDir, int port, boolean throwaway) {
        this.dataDir = dataDir;
        this.binariesDir = binariesDir;
        this.logDir = logDir;
        this.port = port;
        this.throwaway = throwaway;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    PostgresEndpoint endpoint() {
        return new PostgresEndpoint("127.0.0.1", port, "postgres", "postgres", "");
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(binariesDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    // an existing cluster is reused: data survives ./athena down and up
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binariesDir.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", logDir.toAbsolutePath().toString())
                    .setServerConfig("log_filename", "postgresql.log");
            if (throwaway) {
                builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            }
            server = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL in " + dataDir, e);
        }
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (throwaway) {
            Directories.deleteQuietly(dataDir);
        }
    }
}
