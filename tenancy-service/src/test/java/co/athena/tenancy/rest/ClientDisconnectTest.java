package co.athena.tenancy.rest;

import co.athena.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Clients that hang up mid-request (a closed tab, a proxy timeout, a load generator stopping) must
 * not cost the service its database connections. 60 keep-alive clients, more than the pool's 20
 * connections, each fire requests back to back and then hang up with one in flight, as a load
 * generator does when it stops; afterwards requests are still answered at once.
 */
@QuarkusTest
class ClientDisconnectTest {

    @TestHTTPResource("/api/v1/school-years")
    URL years;

    @Test
    void requestsAbandonedInFlightLeaveThePoolWhole() throws Exception {
        UUID school = TenancyApi.createSchool("Colegio Impaciente");
        TenancyApi.createYear(school, "2031", "2031-01-20", "2031-11-30");
        String token = TestTokens.forSchool(school, "rector");
        byte[] request = ("GET " + years.getPath() + " HTTP/1.1\r\nHost: " + years.getHost() + "\r\nAuthorization: Bearer "
                + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        ExecutorService clients = Executors.newFixedThreadPool(60);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < 60; c++) {
                    running.add(clients.submit(() -> hammerThenHangUp(request, 1_000)));
                }
                for (Future<?> client : running) {
                    client.get();
                }
            }
        } finally {
            clients.shutdownNow();
        }
        HttpClient patient = HttpClient.newHttpClient();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> response = patient.send(HttpRequest.newBuilder(URI.create(years.toString()))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        }
    }

    /** Sends requests one after another for {@code millis}, then one more, and closes without reading it. */
    private Void hammerThenHangUp(byte[] request, long millis) throws IOException {
        try (Socket socket = new Socket(years.getHost(), years.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long end = System.currentTimeMillis() + millis;
            byte[] buffer = new byte[65536];
            while (System.currentTimeMillis() < end) {
                out.write(request);
                readOneResponse(in, buffer);
            }
            out.write(request);
        }
        return null;
    }

    private static void readOneResponse(InputStream in, byte[] buffer) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed");
            }
            head.append((char) b);
        }
        String headers = head.toString().toLowerCase();
        int at = headers.indexOf("content-length:");
        int length = at < 0 ? 0 : Integer.parseInt(headers.substring(at + 15, headers.indexOf("\r\n", at)).trim());
        while (length > 0) {
            int read = in.read(buffer, 0, Math.min(buffer.length, length));
            if (read < 0) {
                throw new IOException("closed");
            }
            length -= read;
        }
    }
}
