package co.athena.suite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./athena} as a developer uses it, against the packaged services: {@code up} brings the whole
 * suite to ready, a second {@code up} is harmless, {@code demo} drives an enrollment end to end
 * through the public APIs, {@code another} adds one more instance of a service, and {@code down} leaves no
 * process behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AthenaCommandIT {

    private static LocalSuiteProcess suite;

    @BeforeAll
    static void up() {
        suite = LocalSuiteProcess.prepare("athena-command");
        LocalSuiteProcess.Result up = suite.run(6, "up");
        System.out.println(up.output());
        assertEquals(0, up.exitCode(), up.output());
    }

    @Test
    @Order(1)
    void upReportsEveryServiceReady() {
        LocalSuiteProcess.Result status = suite.run(1, "status");
        assertEquals(0, status.exitCode(), status.output());
        for (String service : List.of("identity-service", "tenancy-service", "student-service", "enrollment-service",
                "documents-service", "academic-service")) {
            assertTrue(status.output().lines().anyMatch(l -> l.startsWith(service) && l.endsWith("ready")),
                    service + " is not ready:\n" + status.output());
        }
    }

    @Test
    @Order(2)
    void aSecondUpWhileRunningChangesNothing() {
        List<Long> before = suite.processes().stream().map(ProcessHandle::pid).sorted().toList();
        LocalSuiteProcess.Result again = suite.run(2, "up");
        assertEquals(0, again.exitCode(), again.output());
        assertTrue(again.output().contains("already running"), again.output());
        assertEquals(before, suite.processes().stream().map(ProcessHandle::pid).sorted().toList());
    }

    @Test
    @Order(3)
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
    @Order(4)
    void demoDrivesAnEnrollmentEndToEnd() {
        LocalSuiteProcess.Result demo = suite.run(5, "demo");
        System.out.println(demo.output());
        assertEquals(0, demo.exitCode(), demo.output());
        assertTrue(demo.output().contains("moves to in_review by itself"), demo.output());
        assertTrue(demo.output().contains("Demo passed"), demo.output());
    }

    @Test
    @Order(5)
    void anotherStartsOneMoreInstanceOfAServiceOnItsOwnPorts() throws Exception {
        LocalSuiteProcess.Result another = suite.run(3, "another", "student-service", "8093");
        assertEquals(0, another.exitCode(), another.output());
        assertTrue(suite.service("student-service@8093").isPresent(), "its pid is recorded like the others'");
        assertTrue(suite.service("student-service").isPresent(), "the first instance keeps running");
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + (9093 + suite.portOffset) + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    @Order(6)
    void anotherRefusesWhatIsNotAService() {
        LocalSuiteProcess.Result refused = suite.run(1, "another", "deploy", "8093");
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("usage: ./athena another <service> <port>"), refused.output());
    }

    @Test
    @Order(7)
    void anotherRefusesAPortAnInstanceAlreadyHas() {
        LocalSuiteProcess.Result refused = suite.run(1, "another", "student-service", "8083");
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("port " + (8083 + suite.portOffset) + " is in use"), refused.output());
        assertTrue(suite.service("student-service@8083").isEmpty(), "no instance recorded for a port it never had");
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
