package co.athena.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The {@code ./athena} command run by a test, on its own data folder (under {@code target/}) and its
 * own ports (the usual ones shifted by a free offset), so it runs beside a developer's suite.
 */
public final class LocalSuiteProcess {

    /**
     * The longest an {@code up} may take: the first one of a build on JDK 25 starts each service twice, to train its
     * AOT cache (about 5 minutes on 2 cores, against 2 without training and under 1 after it).
     */
    public static final int UP_MINUTES = 12;

    /** Every port the suite binds, before the offset. */
    private static final int[] PORTS = {8081, 8082, 8083, 8084, 8085, 8086, 9081, 9082, 9083, 9084, 9085, 9086, 55432,
        19092, 19093, 19000};

    public final Path root;
    public final Path home;
    public final int portOffset;

    private LocalSuiteProcess(Path root, Path home, int portOffset) {
        this.root = root;
        this.home = home;
        this.portOffset = portOffset;
    }

    public static LocalSuiteProcess prepare(String name) {
        Path root = Path.of(System.getProperty("athena.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("athena.suite.home", "target/suite-home")).resolve(name);
        int offset = IntStream.iterate(300, o -> o <= 2000, o -> o + 100).filter(LocalSuiteProcess::portsFree)
                .findFirst().orElseThrow(() -> new IllegalStateException("no free set of suite ports"));
        return new LocalSuiteProcess(root, home.toAbsolutePath(), offset);
    }

    /** Runs {@code ./athena args...} to its end (at most {@code minutes}); answers its exit code and output. */
    public Result run(int minutes, String... args) {
        return run(minutes, Map.of(), args);
    }

    /** As a developer who gave the port offset to {@code up} only: this run has no ATHENA_PORT_OFFSET. */
    public Result runWithoutOffset(int minutes, String... args) {
        return run(minutes, Map.of("ATHENA_PORT_OFFSET", ""), args);
    }

    /** As {@link #run(int, String...)}, with more environment (e.g. infrastructure endpoints to use). */
    public Result run(int minutes, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(root.resolve("athena").toString());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(home);
            Path output = Files.createTempFile(home, "athena-" + args[0] + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            Map<String, String> env = builder.environment();
            env.put("ATHENA_HOME", home.toString());
            env.put("ATHENA_PORT_OFFSET", Integer.toString(portOffset));
            env.putAll(environment);
            env.values().removeIf(String::isEmpty);
            Process process = builder.start();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, Files.readString(output) + "\n(killed after " + minutes + " min)");
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every process the suite runs now: the pids it recorded and all their descendants. */
    public List<ProcessHandle> processes() {
        Path run = home.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pid"))
                    .map(LocalSuiteProcess::pidIn)
                    .flatMap(pid -> ProcessHandle.of(pid).stream())
                    .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process of one service ({@code run/<name>.pid}), if it runs. */
    public Optional<ProcessHandle> service(String name) {
        Path file = home.resolve("run").resolve(name + ".pid");
        return Files.exists(file) ? ProcessHandle.of(pidIn(file)).filter(ProcessHandle::isAlive) : Optional.empty();
    }

    private static long pidIn(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean portsFree(int offset) {
        for (int port : PORTS) {
            try (ServerSocket socket = new ServerSocket(port + offset)) {
                socket.setReuseAddress(true);
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    public record Result(int exitCode, String output) {
    }
}
