package co.athena.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A real Kafka 4.3.1 broker in KRaft mode (broker and controller in one process). */
final class LocalKafkaBroker implements Component {

    private static final String STARTED = "Kafka Server started";

    private final Path home;
    private final int port;
    private final int controllerPort;
    private final boolean throwaway;
    private JavaProcess process;

    LocalKafkaBroker(Path home, int port, int controllerPort, boolean throwaway) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
        this.throwaway = throwaway;
    }

    @Override
    public String name() {
        return "kafka";
    }

    String bootstrap() {
        return "127.0.0.1:" + port;
    }

    @Override
    public synchronized void start() {
        if (process != null) {
            return;
        }
        Path properties = home.resolve("server.properties");
        Path log = home.resolve("kafka.log");
        writeConfiguration(properties);
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            format(properties);
        }
        long logOffset = size(log);
        process = JavaProcess.start("kafka", "/co/athena/infra/kafka.classpath",
                List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties")),
                "kafka.Kafka", List.of(properties.toString()), log);
        awaitStarted(log, logOffset, Duration.ofSeconds(90));
    }

    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
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

    private void writeConfiguration(Path properties) {
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "") ;
        String log4j = String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = WARN",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.server.name = kafka.server.KafkaRaftServer",
                "logger.server.level = INFO",
                "");
        try {
            Files.createDirectories(home);
            Files.writeString(properties, config);
            Files.writeString(home.resolve("log4j2.properties"), log4j);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format(Path properties) {
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        JavaProcess tool = JavaProcess.start("kafka-storage-format", "/co/athena/infra/kafka.classpath",
                List.of("-Xmx256m", "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties")),
                "kafka.tools.StorageTool",
                // "=" form: a base64url id may start with "-" and would read as an option
                List.of("format", "--cluster-id=" + clusterId, "-c", properties.toString(), "--ignore-formatted"),
                home.resolve("format.log"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (tool.isAlive() && System.nanoTime() < deadline) {
            Ports.sleep(Duration.ofMillis(100));
        }
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            tool.stop(Duration.ofSeconds(1));
            throw new IllegalStateException("formatting Kafka storage failed: " + logSince(home.resolve("format.log"), 0));
        }
    }

    private void awaitStarted(Path log, long offset, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (logSince(log, offset).contains(STARTED) && Ports.isOpen("127.0.0.1", port)) {
                return;
            }
            if (!process.isAlive()) {
                process = null;
                throw new IllegalStateException("Kafka exited during start, see " + log);
            }
            Ports.sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("Kafka did not start within " + timeout + ", see " + log);
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String logSince(Path log, long offset) {
        try {
            if (!Files.exists(log)) {
                return "";
            }
            byte[] bytes = Files.readAllBytes(log);
            return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
