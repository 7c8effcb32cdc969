package co.athena.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What a service reads, from its configuration files (its own application.properties and the shared
 * defaults it inherits): which settings a cluster must provide, and which Kafka topics it uses.
 */
record ServiceConfiguration(String service, Properties properties) {

    /** Defaults that only make sense on one machine: a deployment must replace them. */
    private static final List<String> LOCAL_ONLY = List.of("127.0.0.1", "localhost", "athena.local");
    private static final List<String> SECRET_SUFFIXES = List.of("password", "secret", "secret-key", "access-key");
    private static final String TOPIC_SUFFIX = "${athena.events.topic-suffix:}";

    static List<String> services(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> d.getFileName().toString().endsWith("-service"))
                    .filter(d -> Files.exists(d.resolve("src/main/resources/application.properties")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ServiceConfiguration of(Path root, String service) {
        Properties merged = new Properties();
        load(merged, root.resolve("shared-model/src/main/resources/META-INF/microprofile-config.properties"));
        if (read(root.resolve(service).resolve("pom.xml")).contains("<artifactId>persistence-support</artifactId>")) {
            load(merged, root.resolve("persistence-support/src/main/resources/META-INF/microprofile-config.properties"));
        }
        load(merged, root.resolve(service).resolve("src/main/resources/application.properties"));
        merged.stringPropertyNames().stream().filter(k -> k.startsWith("%")).toList().forEach(merged::remove);
        return new ServiceConfiguration(service, merged);
    }

    /** Environment variables the cluster must set: local-only defaults and secrets. */
    Set<String> requiredEnvironment() {
        Set<String> required = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (value.contains("${") || key.endsWith("-location")) {
                continue; // derived from another setting, or a file (checked as a mount)
            }
            boolean localOnly = LOCAL_ONLY.stream().anyMatch(value::contains);
            boolean secret = SECRET_SUFFIXES.stream().anyMatch(key::endsWith);
            if (localOnly || secret) {
                required.add(environmentName(key));
            }
        }
        return required;
    }

    /** Files the service reads (settings ending in -location): the directories that must be mounted. */
    List<Path> requiredFiles() {
        List<Path> files = new ArrayList<>();
        properties.stringPropertyNames().stream().filter(k -> k.endsWith("-location"))
                .map(properties::getProperty).filter(v -> v.startsWith("/")).forEach(v -> files.add(Path.of(v)));
        return files;
    }

    /** Every topic named in the configuration (incoming channels and their dead-letter topics). */
    Set<String> topics() {
        Set<String> topics = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("mp.messaging.") && k.endsWith(".topic"))
                .map(k -> properties.getProperty(k).replace(TOPIC_SUFFIX, "")).forEach(topics::add);
        return topics;
    }

    /** MicroProfile Config's environment name for a property: non-alphanumerics to '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    private static void load(Properties into, Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            into.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
