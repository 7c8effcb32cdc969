package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alerts and the dashboard that ship in {@code deploy/k8s} read only metrics the services really expose: every
 * metric in every expression is found in some running service's {@code /q/metrics}, after the suite has done a
 * school's work (a renamed metric fails here, not silently in production).
 */
@ExtendWith(RunningSuite.class)
class MonitoringIT {

    private static final Path OBSERVABILITY = Path.of(System.getProperty("athena.root", ".."))
            .resolve("deploy/k8s/components/observability");
    /** Prometheus's own series for each scraped target, not a service's. */
    private static final Set<String> PROMETHEUS_OWN = Set.of("up");

    private final Suite suite = RunningSuite.get();

    @Test
    void everyMetricAnAlertOrTheDashboardReadsIsOneAServiceExposes() throws IOException {
        Set<String> exposed = exposedByTheServices();
        Map<String, String> unknown = new TreeMap<>();
        List<String> expressions = expressions();
        for (String expression : expressions) {
            for (String metric : PromQl.metricNames(expression)) {
                if (!exposed.contains(metric) && !PROMETHEUS_OWN.contains(metric)) {
                    unknown.put(metric, expression);
                }
            }
        }
        assertEquals(Map.of(), unknown, "metrics no service exposes");
        assertTrue(expressions.size() >= 20, "read only " + expressions.size() + " expressions");
    }

    private Set<String> exposedByTheServices() {
        Set<String> names = new TreeSet<>();
        suite.at().services("/").forEach((service, uri) -> {
            Reply metrics = suite.http().get(suite.at().management(uri, "/q/metrics"), null);
            assertEquals(200, metrics.status(), service);
            metrics.text().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("[{ ]", 2)[0]).forEach(names::add);
        });
        return names;
    }

    private static List<String> expressions() throws IOException {
        List<String> expressions = new ArrayList<>();
        JsonNode alerts = new YAMLMapper().readTree(OBSERVABILITY.resolve("alerts.yaml").toFile());
        alerts.at("/spec/groups").forEach(group -> group.path("rules")
                .forEach(rule -> expressions.add(rule.path("expr").asText())));
        JsonNode dashboard = new ObjectMapper().readTree(OBSERVABILITY.resolve("dashboards/athena.json").toFile());
        dashboard.path("panels").forEach(panel -> panel.path("targets")
                .forEach(target -> expressions.add(target.path("expr").asText())));
        return expressions;
    }
}
