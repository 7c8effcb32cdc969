package co.athena.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One folder per test run under a common root. A run whose JVM died without cleaning up (a crash, a
 * SIGKILL) is reaped by the next one: its PostgreSQL is stopped and its folder removed. Kafka and
 * S3Proxy need no reaping, they exit with their parent (see {@link ParentWatchdog}).
 */
public final class RunDirectories {

    private static final String OWNER = "owner.pid";

    private RunDirectories() {
    }

    public static Path newRun(Path root) {
        try {
            Files.createDirectories(root);
            reapStale(root);
            Path run = Files.createTempDirectory(root, "run-");
            Files.writeString(run.resolve(OWNER), Long.toString(ProcessHandle.current().pid()));
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void reapStale(Path root) throws IOException {
        List<Path> runs;
        try (Stream<Path> children = Files.list(root)) {
            runs = children.filter(Files::isDirectory).toList();
        }
        for (Path run : runs) {
            if (readPid(run.resolve(OWNER)).flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            readPid(run.resolve("postgres/postmaster.pid")).flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroy);
            Directories.deleteQuietly(run);
        }
    }

    private static Optional<Long> readPid(Path file) {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readAllLines(file).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
