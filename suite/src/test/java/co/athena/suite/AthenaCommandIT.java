package co.athena.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./athena} as a developer uses it, against the packaged services: {@code up} brings the whole
 * suite to ready (on JDK 25, each service from the AOT cache its first start trained), a second {@code up} is
 * harmless, {@code demo} drives an enrollment end to end through the public APIs, {@code another} adds one more
 * instance of a service, and {@code down} leaves no process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AthenaCommandIT {

    private static final List<String> SERVICES = List.of("identity-service", "tenancy-service", "student-service",
            "enrollment-service", "documents-service", "academic-service");
    private static final String AOT_CACHE = "-XX:AOTCache=";
    private static LocalSuiteProcess suite;

    @BeforeAll
    static void up() {
        suite = LocalSuiteProcess.prepare("athena-command");
        LocalSuiteProcess.Result up = suite.run(LocalSuiteProcess.UP_MINUTES, "up");
        System.out.println(up.output());
        assertEquals(0, up.exitCode(), up.output());
    }

    @Test
    @Order(1)
    void upReportsEveryServiceReady() {
        LocalSuiteProcess.Result status = suite.run(1, "status");
        assertEquals(0, status.exitCode(), status.output());
        for (String service : SERVICES) {
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(service) && l.endsWith("ready")),
                    service + " is not ready:\n" + status.output());
        }
    }

    @Test
    @Order(2)
    void onAJdkWithAotCachesEveryServiceRunsFromTheCacheItsFirstStartTrained() throws IOException {
        for (String name : SERVICES) {
            ProcessHandle.Info service = suite.service(name).orElseThrow().info();
            Optional<Path> cache = Stream.of(service.arguments().orElseThrow())
                    .filter(a -> a.startsWith(AOT_CACHE)).map(a -> Path.of(a.substring(AOT_CACHE.length()))).findFirst();
            if (featureOf(Path.of(service.command().orElseThrow())) >= 25) {
                assertTrue(cache.isPresent(), name + " started without its AOT cache: " + service);
                assertTrue(Files.size(cache.get()) > 0, "an empty cache: " + cache.get());
                assertTrue(cache.get().startsWith(suite.root.resolve(name).resolve("target/quarkus-app")),
                        "the cache lives beside the build it was trained on: " + cache.get());
            } else {
                assertTrue(cache.isEmpty(), "a JDK before 25 has no AOT cache: " + service);
            }
        }
    }

    @Test
    @Order(3)
    void aSecondUpWhileRunningChangesNothing() {
        List<Long> before = suite.processes().stream().map(ProcessHandle::pid).sorted().toList();
        LocalSuiteProcess.Result again = suite.run(LocalSuiteProcess.UP_MINUTES, "up");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("already running"), again.output());
        assertEquals(before, suite.processes().stream().map(ProcessHandle::pid).sorted().toList());
    }

    @Test
    @Order(4)
    void statusAndTokenUseThePortOffsetUpWasGivenWithoutItBeingExportedAgain() {
        LocalSuiteProcess.Result status = suite.runWithoutOffset(1, "status");
        assertEquals(0, status.exitCode(), status.output());
        assertTrue(status.output().lines().anyMatch(l -> l.startsWith("identity-service")
                && l.contains(":" + (8082 + suite.portOffset)) && l.endsWith("ready")), status.output());
        LocalSuiteProcess.Result token = suite.runWithoutOffset(1, "token");
        assertEquals(0, token.exitCode(), token.output());
        assertEquals(3, token.output().trim().split("\\.").length, "a JWT: " + token.output());
    }

    @Test
    @Order(5)
    void demoDrivesAnEnrollmentEndToEnd() {
        LocalSuiteProcess.Result demo = suite.run(5, "demo");
        System.out.println(demo.output());
        assertEquals(0, demo.exitCode(), demo.output());
        assertTrue(demo.output().contains("moves to in_review by itself"), demo.output());
        assertTrue(demo.output().contains("Demo passed"), demo.output());
    }

    @Test
    @Order(6)
    void anotherStartsOneMoreInstanceOfAServiceOnItsOwnPorts() throws Exception {
        LocalSuiteProcess.Result another = suite.run(3, "another", "student-service", "8093");
        assertEquals(0, another.exitCode(), another.output());
        assertTrue(suite.service("student-service@8093").isPresent(), "its pid is recorded like the others'");
        assertTrue(suite.service("student-service").isPresent(), "the first instance keeps running");
        assertFalse(another.output().contains("trains its AOT cache"), "up's cache serves it: " + another.output());
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + (9093 + suite.portOffset) + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    @Order(7)
    void anotherRefusesWhatIsNotAService() {
        LocalSuiteProcess.Result refused = suite.run(1, "another", "deploy", "8093");
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("usage: ./athena another <service> <port>"), refused.output());
    }

    @Test
    @Order(8)
    void anotherRefusesAPortAnInstanceAlreadyHas() {
        LocalSuiteProcess.Result refused = suite.run(1, "another", "student-service", "8083");
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("port " + (8083 + suite.portOffset) + " is in use"), refused.output());
        assertTrue(suite.service("student-service@8083").isEmpty(), "no instance recorded for a port it never had");
    }

    /** The feature number of the JDK a {@code java} binary belongs to, from its home's release file. */
    private static int featureOf(Path java) throws IOException {
        String release = Files.readString(java.getParent().getParent().resolve("release"));
        Matcher version = Pattern.compile("JAVA_VERSION=\"(?:1\\.)?(\\d+)").matcher(release);
        assertTrue(version.find(), "no JAVA_VERSION in " + java);
        return Integer.parseInt(version.group(1));
    }

    @AfterAll
    static void downLeavesNoProcess() {
        List<ProcessHandle> running = suite.processes();
        assertTrue(running.size() >= 6, "expected infrastructure and five services, found " + running);
        LocalSuiteProcess.Result down = suite.run(3, "down");
        assertEquals(0, down.exitCode(), down.output());
        // down waits for each process it stops; the descendants (PostgreSQL's backends) follow within moments
        await("every process to end").atMost(Duration.ofSeconds(30))
                .until(() -> running.stream().noneMatch(ProcessHandle::isAlive));
        assertTrue(suite.processes().isEmpty());
    }
}
