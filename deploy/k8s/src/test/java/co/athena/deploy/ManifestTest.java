package co.athena.deploy;

import static co.athena.deploy.RenderedOverlay.describe;
import static co.athena.deploy.RenderedOverlay.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.shared.events.EventContract;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders each overlay with {@code kubectl kustomize} and checks what a cluster would receive: every
 * object against its Kubernetes or Strimzi model, and the rules of the deployment (probes, limits,
 * locked-down containers, a Service/PDB/HPA per Deployment, network policies, every Kafka topic and
 * dead-letter topic, every setting a service reads provided).
 */
class ManifestTest {

    private static final Path ROOT = Path.of(System.getProperty("athena.root", "../..")).toAbsolutePath().normalize();
    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();
    /** Secrets provisioned outside the repository in every environment (README, "Deploy to a cluster"): name → keys. */
    private static final Map<String, Set<String>> EXTERNAL_SECRETS = Map.of(
            "identity-signing-key", Set.of("signing-key.pem"),
            "identity-upstream", Set.of("hs256-secret"),
            "athena-db", Set.of("migrator-password", "identity-app-password", "tenancy-app-password",
                    "student-app-password", "enrollment-app-password", "documents-app-password",
                    "academic-app-password"),
            "documents-s3", Set.of("access-key", "secret-key"),
            "academic-s3", Set.of("access-key", "secret-key"));

    private static RenderedOverlay overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> RenderedOverlay.render(ROOT, n));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyObjectMatchesItsSchema(String overlay) {
        List<String> problems = overlay(overlay).objects().stream()
                .flatMap(o -> SchemaValidation.problems(o).stream()).toList();
        assertEquals(List.of(), problems);
        assertTrue(overlay(overlay).objects().size() >= 40, "rendered only " + overlay(overlay).objects().size());
    }

    @Test
    void theSchemaCheckCatchesAMisspelledOrMistypedField() throws Exception {
        JsonNode deployment = RenderedOverlay.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  template: {spec: {containers: [{name: x, image: x:1, resources: {limits: {memroy: 1Gi}}}]}}
                """);
        JsonNode topic = RenderedOverlay.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: many}
                """);
        List<String> problems = SchemaValidation.problems(deployment);
        assertTrue(problems.stream().anyMatch(p -> p.contains("replica")), problems.toString());
        assertFalse(SchemaValidation.problems(topic).isEmpty());
        assertFalse(SchemaValidation.problems(RenderedOverlay.YAML.readTree(
                "{apiVersion: v1, kind: Pod, metadata: {name: p}}")).isEmpty(), "a kind without a model passes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyServiceHasItsDeploymentAccountServiceBudgetAndAutoscaler(String overlay) {
        RenderedOverlay rendered = overlay(overlay);
        for (String service : ServiceConfiguration.services(ROOT)) {
            JsonNode deployment = rendered.find("Deployment", service)
                    .orElseThrow(() -> new AssertionError("no Deployment for " + service));
            JsonNode podLabels = deployment.at("/spec/template/metadata/labels");
            assertTrue(rendered.find("ServiceAccount", deployment.at("/spec/template/spec/serviceAccountName").asText())
                    .isPresent(), service + " runs under a ServiceAccount that is not rendered");
            assertTrue(rendered.ofKind("Service").stream().anyMatch(s -> selects(s.at("/spec/selector"), podLabels)),
                    "no Service selects " + service);
            assertTrue(rendered.ofKind("PodDisruptionBudget").stream()
                    .anyMatch(p -> selects(p.at("/spec/selector/matchLabels"), podLabels)), "no PDB for " + service);
            assertTrue(rendered.ofKind("HorizontalPodAutoscaler").stream()
                    .anyMatch(h -> h.at("/spec/scaleTargetRef/name").asText().equals(service)), "no HPA for " + service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void theManagementPortIsRoutedByNoServiceAndReachedOnlyByMonitoring(String overlay) {
        RenderedOverlay rendered = overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (JsonNode service : rendered.ofKind("Service")) {
            for (JsonNode port : service.at("/spec/ports")) {
                if (!port.path("targetPort").asText().equals("http")) {
                    problems.add(describe(service) + " routes " + port);
                }
            }
        }
        for (JsonNode policy : rendered.ofKind("NetworkPolicy")) {
            for (JsonNode rule : policy.at("/spec/ingress")) {
                boolean management = rule.path("ports").toString().contains("management");
                boolean onlyMonitoring = rule.path("from").size() == 1
                        && rule.at("/from/0/namespaceSelector/matchLabels").toString().contains("monitoring");
                if (management != onlyMonitoring) {
                    problems.add(describe(policy) + ": " + rule);
                }
            }
        }
        for (JsonNode deployment : rendered.ofKind("Deployment")) {
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            if (!container.path("ports").toString().contains("\"management\"")) {
                problems.add(describe(deployment) + ": no management port");
            }
            if (!deployment.at("/spec/template/metadata/annotations/prometheus.io~1port").asText().equals("9000")) {
                problems.add(describe(deployment) + ": Prometheus is not pointed at the management port");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void deploymentsHaveProbesLimitsAndLockedDownContainers(String overlay) {
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : overlay(overlay).ofKind("Deployment")) {
            JsonNode pod = deployment.at("/spec/template/spec");
            String where = describe(deployment);
            if (!pod.at("/securityContext/runAsNonRoot").asBoolean()) {
                problems.add(where + ": pod not runAsNonRoot");
            }
            for (JsonNode c : pod.path("containers")) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    if (!c.at("/" + probe + "/httpGet/path").asText().startsWith("/q/health")
                            || !c.at("/" + probe + "/httpGet/port").asText().equals("management")) {
                        problems.add(where + ": no " + probe + " on /q/health of the management port");
                    }
                }
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (c.at("/resources/" + bound + "/" + resource).isMissingNode()) {
                            problems.add(where + ": no " + resource + " " + bound);
                        }
                    }
                }
                JsonNode security = c.path("securityContext");
                if (!security.path("readOnlyRootFilesystem").asBoolean()) {
                    problems.add(where + ": root filesystem writable");
                }
                if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": privilege escalation allowed");
                }
                if (!security.at("/capabilities/drop").toString().contains("ALL")) {
                    problems.add(where + ": capabilities not dropped");
                }
                String image = c.path("image").asText();
                if (!image.matches(".+:[A-Za-z0-9._-]+") || image.endsWith(":latest")) {
                    problems.add(where + ": image " + image + " has no fixed tag");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everySettingAServiceReadsIsProvided(String overlay) {
        RenderedOverlay rendered = overlay(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : ServiceConfiguration.services(ROOT)) {
            ServiceConfiguration config = ServiceConfiguration.of(ROOT, service);
            JsonNode pod = rendered.find("Deployment", service).orElseThrow().at("/spec/template/spec");
            JsonNode container = pod.path("containers").get(0);
            Set<String> provided = new HashSet<>();
            for (JsonNode from : container.path("envFrom")) {
                String map = from.at("/configMapRef/name").asText();
                rendered.find("ConfigMap", map).ifPresentOrElse(m -> m.path("data").fieldNames().forEachRemaining(provided::add),
                        () -> problems.add(service + ": ConfigMap " + map + " is not rendered"));
            }
            for (JsonNode env : container.path("env")) {
                provided.add(env.path("name").asText());
                JsonNode ref = env.at("/valueFrom/secretKeyRef");
                if (!ref.isMissingNode()) {
                    secretHasKey(rendered, ref.path("name").asText(), ref.path("key").asText())
                            .ifPresent(p -> problems.add(service + ": " + p));
                }
            }
            Set<String> missing = new TreeSet<>(config.requiredEnvironment());
            missing.removeAll(provided);
            missing.forEach(name -> problems.add(service + ": reads " + name + " but the Deployment does not set it"));
            for (Path file : config.requiredFiles()) {
                boolean mounted = StreamSupport.stream(container.path("volumeMounts").spliterator(), false)
                        .anyMatch(m -> file.startsWith(m.path("mountPath").asText()));
                if (!mounted) {
                    problems.add(service + ": reads " + file + " but nothing is mounted there");
                }
            }
            for (JsonNode volume : pod.path("volumes")) {
                String secret = volume.at("/secret/secretName").asText();
                if (!secret.isEmpty() && rendered.find("Secret", secret).isEmpty()
                        && !EXTERNAL_SECRETS.containsKey(secret)) {
                    problems.add(service + ": volume from unknown Secret " + secret);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void everyTopicAServiceUsesExistsAsAKafkaTopic(String overlay) {
        Set<String> declared = new TreeSet<>();
        overlay(overlay).ofKind("KafkaTopic").forEach(t -> declared.add(t.at("/spec/topicName").asText()));
        Set<String> used = new TreeSet<>();
        EventContract.ALL.forEach(c -> {
            used.add(c.topic());
            used.add(c.deadLetterTopic());
        });
        ServiceConfiguration.services(ROOT).forEach(s -> used.addAll(ServiceConfiguration.of(ROOT, s).topics()));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(declared);
        assertEquals(Set.of(), missing, "topics without a KafkaTopic");
        assertTrue(used.size() >= 8, "found only " + used);
    }

    @Test
    void productionReplicatesTopicsThreeTimesAndRunsAtLeastTwoPodsPerService() {
        for (JsonNode topic : overlay("prod").ofKind("KafkaTopic")) {
            assertEquals(3, topic.at("/spec/replicas").asInt(), describe(topic));
            assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt(), describe(topic));
        }
        for (JsonNode hpa : overlay("prod").ofKind("HorizontalPodAutoscaler")) {
            assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, describe(hpa));
        }
        for (JsonNode deployment : overlay("local").ofKind("Deployment")) {
            assertEquals(1, deployment.at("/spec/replicas").asInt(), describe(deployment));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "prod"})
    void networkPoliciesDenyByDefaultAndLetEachServiceReachOnlyWhatItCalls(String overlay) {
        RenderedOverlay rendered = overlay(overlay);
        List<JsonNode> policies = rendered.ofKind("NetworkPolicy");
        assertTrue(policies.stream().anyMatch(p -> p.at("/spec/podSelector").isEmpty()
                && p.at("/spec/policyTypes").toString().contains("Ingress")
                && p.at("/spec/policyTypes").toString().contains("Egress")
                && p.at("/spec/ingress").isMissingNode() && p.at("/spec/egress").isMissingNode()), "no default deny");
        for (String service : ServiceConfiguration.services(ROOT)) {
            JsonNode labels = rendered.find("Deployment", service).orElseThrow().at("/spec/template/metadata/labels");
            for (String type : List.of("Ingress", "Egress")) {
                assertTrue(policies.stream().anyMatch(p -> !p.at("/spec/podSelector").isEmpty()
                                && selects(p.at("/spec/podSelector/matchLabels"), labels)
                                && p.at("/spec/policyTypes").toString().contains(type)),
                        "no " + type + " policy for " + service);
            }
        }
        // callers of each service: only the siblings that call it (and the ingress controller, Prometheus)
        Map<String, Set<String>> callers = Map.of(
                "tenancy-service", Set.of("enrollment-service", "documents-service", "academic-service"),
                "student-service", Set.of("enrollment-service", "documents-service", "academic-service"),
                "enrollment-service", Set.of("documents-service"),
                "documents-service", Set.of(),
                "academic-service", Set.of("identity-service", "enrollment-service"));
        callers.forEach((service, expected) -> {
            JsonNode policy = rendered.find("NetworkPolicy", service + "-ingress").orElseThrow();
            Set<String> allowed = new TreeSet<>();
            policy.at("/spec/ingress").forEach(rule -> rule.path("from").forEach(
                    peer -> {
                        String name = peer.at("/podSelector/matchLabels/app.kubernetes.io~1name").asText();
                        if (!name.isEmpty()) {
                            allowed.add(name);
                        }
                    }));
            assertEquals(new TreeSet<>(expected), allowed, service + " is reachable from");
        });
    }

    @Test
    void productionScrapesEveryServiceOnItsManagementPort() {
        RenderedOverlay prod = overlay("prod");
        for (String service : ServiceConfiguration.services(ROOT)) {
            JsonNode monitor = prod.find("PodMonitor", service)
                    .orElseThrow(() -> new AssertionError("no PodMonitor for " + service));
            JsonNode pods = prod.find("Deployment", service).orElseThrow().at("/spec/template/metadata/labels");
            assertTrue(selects(monitor.at("/spec/selector/matchLabels"), pods), describe(monitor) + " selects no pod");
            assertEquals("management", monitor.at("/spec/podMetricsEndpoints/0/port").asText(), describe(monitor));
            assertEquals("/q/metrics", monitor.at("/spec/podMetricsEndpoints/0/path").asText(), describe(monitor));
            assertEquals("app.kubernetes.io/name", monitor.at("/spec/jobLabel").asText(), "the alerts' job is the service");
        }
    }

    @Test
    void productionAlertsOnTheBacklogLagDeadLettersErrorsLatencyAndDownServices() {
        List<JsonNode> rules = new ArrayList<>();
        overlay("prod").ofKind("PrometheusRule").forEach(r -> r.at("/spec/groups")
                .forEach(g -> g.path("rules").forEach(rules::add)));
        Set<String> alerts = new TreeSet<>();
        for (JsonNode rule : rules) {
            alerts.add(rule.path("alert").asText());
            assertFalse(rule.path("expr").asText().isBlank(), rule.toString());
            assertTrue(Set.of("critical", "warning").contains(rule.at("/labels/severity").asText()), rule.toString());
            assertFalse(rule.at("/annotations/summary").asText().isBlank(), rule.toString());
        }
        assertEquals(new TreeSet<>(Set.of("AthenaOutboxBacklogOld", "AthenaConsumerLagGrowing", "AthenaEventDeadLettered",
                "AthenaRelayFailing", "AthenaServerErrors", "AthenaLatencyOverGoal", "AthenaServiceDown",
                "AthenaLongWorkFailed")), alerts);
    }

    @Test
    void productionShipsTheDashboardToGrafanasSidecarWithTheEventFlowAndARowPerService() throws Exception {
        JsonNode map = overlay("prod").find("ConfigMap", "athena-dashboards").orElseThrow();
        assertEquals("1", map.at("/metadata/labels/grafana_dashboard").asText());
        JsonNode dashboard = RenderedOverlay.YAML.readTree(map.at("/data/athena.json").asText());
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            if (panel.path("type").asText().equals("row")) {
                rows.add(panel);
            } else {
                assertFalse(panel.at("/targets/0/expr").asText().isBlank(), panel.path("title").asText() + " shows nothing");
            }
        }
        assertEquals(List.of("Event flow", "$service"), rows.stream().map(r -> r.path("title").asText()).toList());
        assertEquals("service", rows.get(1).path("repeat").asText(), "a row per service");
        JsonNode service = StreamSupport.stream(dashboard.at("/templating/list").spliterator(), false)
                .filter(v -> v.path("name").asText().equals("service")).findFirst().orElseThrow();
        assertEquals(new TreeSet<>(ServiceConfiguration.services(ROOT)),
                new TreeSet<>(List.of(service.path("query").asText().split(","))));
    }

    private static Optional<String> secretHasKey(RenderedOverlay rendered, String name, String key) {
        if (EXTERNAL_SECRETS.containsKey(name)) {
            return EXTERNAL_SECRETS.get(name).contains(key) ? Optional.empty()
                    : Optional.of("key " + key + " is not among the documented keys of Secret " + name);
        }
        Optional<JsonNode> secret = rendered.find("Secret", name);
        if (secret.isEmpty()) {
            return Optional.of("Secret " + name + " is not rendered");
        }
        return secret.get().path("data").has(key) ? Optional.empty()
                : Optional.of("Secret " + name + " has no " + key);
    }

    private static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            if (!labels.path(label.getKey()).asText().equals(label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }
}
