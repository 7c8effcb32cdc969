package co.athena.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One overlay as {@code kubectl kustomize} renders it: the objects a cluster would receive. */
record RenderedOverlay(String name, List<JsonNode> objects) {

    static final ObjectMapper YAML = new YAMLMapper();

    static RenderedOverlay render(Path root, String overlay) {
        Path dir = root.resolve("deploy/k8s/overlays").resolve(overlay);
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(true)
                    .start();
            byte[] output = kubectl.getInputStream().readAllBytes();
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
            List<JsonNode> objects = new ArrayList<>();
            try (var parser = new YAMLFactory().createParser(output)) {
                YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                    if (node != null && !node.isNull() && !node.isEmpty()) {
                        objects.add(node);
                    }
                });
            }
            return new RenderedOverlay(overlay, objects);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl must be on the PATH to render " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name(o).equals(name)).findFirst();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }
}
