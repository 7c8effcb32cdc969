package co.athena.suite.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the public port of every service (the packaged jars, as in production) does not offer:
 * health and metrics live on the management port only; API answers are neither sniffed nor cached;
 * a client that stops half-way through its headers is cut once the idle timeout passes.
 */
@ExtendWith(RunningSuite.class)
class ManagementSurfaceIT {

    private static List<URI> services(Suite suite) {
        return List.of(suite.at().tenancy("/"), suite.at().identity("/"), suite.at().student("/"),
                suite.at().enrollment("/"), suite.at().documents("/"));
    }

    @Test
    void healthAndMetricsAnswerOnlyOnTheManagementPort() {
        Suite suite = RunningSuite.get();
        for (URI service : services(suite)) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                assertEquals(404, suite.http().get(service.resolve(path), null).status(), service + path);
            }
            Reply metrics = suite.http().get(suite.at().management(service, "/q/metrics"), null);
            assertEquals(200, metrics.status(), service + " management");
            assertTrue(metrics.text().contains("jvm_memory_used_bytes"), service + " metrics");
            assertEquals(200, suite.http().get(suite.at().management(service, "/q/health/ready"), null).status());
        }
    }

    @Test
    void apiAnswersAreNeitherSniffedNorCached() {
        Suite suite = RunningSuite.get();
        String rector = suite.a().token("rector");
        for (URI read : List.of(suite.at().tenancy("/api/v1/school"), suite.at().identity("/api/v1/memberships"),
                suite.at().student("/api/v1/students"), suite.at().enrollment("/api/v1/enrollments"),
                suite.at().documents("/api/v1/enrollments/" + suite.a().enrollmentId + "/documents"))) {
            Reply reply = suite.http().get(read, rector);
            assertEquals(200, reply.status(), read.toString());
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), read.toString());
            assertEquals("no-store", reply.header("Cache-Control"), read.toString());
        }
    }

    @Test
    void aClientThatStopsHalfWayThroughItsHeadersIsCut() throws IOException {
        Suite suite = RunningSuite.get();
        URI student = suite.at().student("/");
        Duration idle = RunningSuite.IDLE_TIMEOUT;
        try (Socket socket = new Socket(student.getHost(), student.getPort())) {
            socket.setSoTimeout((int) idle.multipliedBy(3).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/v1/students HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // whatever the server says before closing (nothing, usually)
            }
            Duration open = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(open.compareTo(idle.multipliedBy(3)) < 0, "open for " + open);
        }
    }
}
