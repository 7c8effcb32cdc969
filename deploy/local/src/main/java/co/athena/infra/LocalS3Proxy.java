package co.athena.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** S3Proxy 4.1.0 as an S3-compatible server over a folder (objects survive restarts). */
final class LocalS3Proxy implements Component {

    static final String ACCESS_KEY = "athena";
    static final String SECRET_KEY = "athena-local-secret";

    private final Path home;
    private final int port;
    private final boolean throwaway;
    private JavaProcess process;

    LocalS3Proxy(Path home, int port, boolean throwaway) {
        this.home = home;
        this.port = port;
        this.throwaway = throwaway;
    }

    @Override
    public String name() {
        return "s3";
    }

    S3Endpoint endpoint() {
        return new S3Endpoint("http://127.0.0.1:" + port, ACCESS_KEY, SECRET_KEY, "us-east-1");
    }

    @Override
    public synchronized void start() {
        if (process != null) {
            return;
        }
        Path properties = home.resolve("s3proxy.properties");
        try {
            Files.createDirectories(home.resolve("objects"));
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "s3proxy.ignore-unknown-headers=true",
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + home.resolve("objects"),
                    ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process = JavaProcess.start("s3proxy", "/co/athena/infra/s3proxy.classpath",
                List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC"),
                "org.gaul.s3proxy.Main", List.of("--properties", properties.toString()),
                home.resolve("s3proxy.log"));
        JavaProcess started = process;
        Ports.awaitOpen("S3Proxy", "127.0.0.1", port, Duration.ofSeconds(60), started::isAlive);
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
        if (throwaway) {
            Directories.deleteQuietly(home);
        }
    }
}
