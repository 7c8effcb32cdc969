package co.athena.suite.faults;

import co.athena.suite.client.Reply;
import co.athena.suite.scenario.SampleFiles;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static co.athena.suite.scenario.SchoolScenario.expect;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults with the real processes (issue 8 §5): Kafka, PostgreSQL and S3 stopped and started again under
 * the running services, and a sibling service stopped. Slow (a few minutes): {@code ./mvnw -Pfaults verify}.
 * The figures go to {@code suite/target/faults-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final int ENROLLMENTS = 50;
    private static final int STEPS_EACH = 20;
    private static final Duration KAFKA_OUTAGE = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FaultySuite suite;
    private static SchoolScenario school;
    private static final Map<String, String> figures = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        suite = FaultySuite.start();
        school = new SchoolScenario(suite.at, suite.http, suite.signIn).open(List.of("secretary", "coordinator"));
        school.registerStudent();
        school.enroll();
    }

    @AfterAll
    static void stop() throws IOException {
        if (suite != null) {
            suite.close();
        }
        StringBuilder report = new StringBuilder("# Faults (FaultsIT)\n\n| figure | value |\n|---|---|\n");
        figures.forEach((name, value) -> report.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        Files.writeString(Path.of("target/faults-report.md"), report);
        System.out.println(report);
    }

    /**
     * 1,000 transitions (50 enrollments moved back and forth 20 times, 10 clients, paced to take about
     * 40 s); Kafka is stopped after the first 150 for 30 s. Every transition is accepted (the outbox holds
     * the events), and afterwards student-service holds exactly one history row per status change.
     */
    @Test
    @Order(1)
    void kafkaStoppedDuringTransitions() throws Exception {
        List<UUID> enrollments = new ArrayList<>();
        for (int n = 0; n < ENROLLMENTS; n++) {
            enrollments.add(enroll(registerStudent(n)));
        }
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger acceptedDuringOutage = new AtomicInteger();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicBoolean kafkaDown = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        for (int c = 0; c < 10; c++) {
            List<UUID> mine = enrollments.subList(c * ENROLLMENTS / 10, (c + 1) * ENROLLMENTS / 10);
            clients.submit(() -> {
                for (int step = 1; step <= STEPS_EACH; step++) {
                    String to = step % 2 == 1 ? "in_review" : "pending_documents";
                    for (UUID enrollment : mine) {
                        Reply reply = suite.http.post(suite.at.enrollment("/api/v1/enrollments/" + enrollment
                                + "/transitions"), school.token("coordinator"), Map.of("to", to));
                        if (reply.status() == 200) {
                            accepted.incrementAndGet();
                            if (kafkaDown.get()) {
                                acceptedDuringOutage.incrementAndGet();
                            }
                        } else {
                            refused.add(reply.status() + " " + reply.text());
                        }
                        pause(Duration.ofMillis(400));
                    }
                }
            });
        }
        clients.shutdown();
        waitFor(() -> accepted.get() >= 150, Duration.ofMinutes(2), "150 transitions before the outage");
        suite.kafka().stop();
        kafkaDown.set(true);
        pause(KAFKA_OUTAGE);
        kafkaDown.set(false);
        long restarted = System.nanoTime();
        suite.kafka().start();
        assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the transitions did not finish");
        assertEquals(List.of(), List.copyOf(refused), "transitions refused");
        assertEquals(ENROLLMENTS * STEPS_EACH, accepted.get());

        int expectedRows = ENROLLMENTS * (STEPS_EACH + 1); // each enrollment's creation is a status change too
        waitFor(() -> historyRows(enrollments).total() == expectedRows, Duration.ofMinutes(3),
                "every status change in student-service's enrollment history");
        double delivered = seconds(restarted);
        History history = historyRows(enrollments);
        assertEquals(expectedRows, history.distinctVersions(), "one history row per enrollment version");
        assertEquals(0, unsentOutboxRows("enrollment"), "events left in enrollment-service's outbox");

        figures.put("transitions accepted / refused", accepted.get() + " / " + refused.size());
        figures.put("transitions accepted while Kafka was down (" + KAFKA_OUTAGE.toSeconds() + " s)",
                Integer.toString(acceptedDuringOutage.get()));
        figures.put("status changes in student-service history / expected / distinct versions",
                history.total() + " / " + expectedRows + " / " + history.distinctVersions());
        figures.put("all delivered, seconds after Kafka restarted", String.format("%.1f", delivered));
    }

    /**
     * PostgreSQL stopped for 10 s: every service answers 503 problem+json (never another 5xx) and reports
     * not ready; once it is back they answer and are ready again without being restarted.
     */
    @Test
    @Order(2)
    void postgresRestarted() {
        Map<String, Long> pids = servicePids();
        Map<String, URI> reads = tenantReads();
        suite.postgres().stop();
        long stopped = System.nanoTime();
        Map<String, TreeMap<Integer, Integer>> during = new LinkedHashMap<>();
        while (seconds(stopped) < 10) {
            reads.forEach((service, uri) -> {
                Reply reply = suite.http.get(uri, school.token("rector"));
                during.computeIfAbsent(service, s -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
                if (reply.status() == 503) {
                    assertProblem(reply);
                }
            });
            pause(Duration.ofMillis(250));
        }
        Map<String, Integer> readiness = new LinkedHashMap<>();
        reads.keySet().forEach(service -> readiness.put(service, suite.http.get(health(service), null).status()));
        suite.postgres().start();
        long restarted = System.nanoTime();
        Map<String, String> recovered = new LinkedHashMap<>();
        reads.forEach((service, uri) -> {
            waitFor(() -> suite.http.get(uri, school.token("rector")).status() == 200
                    && suite.http.get(health(service), null).status() == 200, Duration.ofMinutes(2),
                    service + " answering and ready after PostgreSQL came back");
            recovered.put(service, String.format("%.1f s", seconds(restarted)));
        });

        during.forEach((service, statuses) -> {
            assertTrue(statuses.keySet().stream().allMatch(s -> s == 503), service + " answered " + statuses
                    + " while PostgreSQL was down");
            assertEquals(503, readiness.get(service), service + " readiness while PostgreSQL was down");
        });
        assertEquals(pids, servicePids(), "a service was restarted");
        figures.put("PostgreSQL down 10 s: answers per service (status x count)", during.toString());
        figures.put("PostgreSQL down: readiness per service", readiness.toString());
        figures.put("PostgreSQL back: answering and ready after", recovered.toString());
    }

    /** S3 stopped: an upload answers 503 and leaves no document row; with S3 back the same upload works. */
    @Test
    @Order(3)
    void s3Stopped() throws SQLException {
        UUID enrollment = enroll(registerStudent(ENROLLMENTS + 1));
        URI upload = suite.at.documents("/api/v1/enrollments/" + enrollment + "/documents/birth_certificate");
        byte[] pdf = SampleFiles.pdf("Registro civil - faults");
        suite.s3().stop();
        Reply refused = suite.http.putFile(upload, school.token("secretary"), "file", "registro.pdf", pdf);
        int rowsDuringOutage = documentRows(enrollment);
        suite.s3().start();
        long restarted = System.nanoTime();
        waitFor(() -> suite.http.putFile(upload, school.token("secretary"), "file", "registro.pdf", pdf).status() == 201,
                Duration.ofMinutes(1), "an upload once S3 is back");

        assertEquals(503, refused.status(), refused.text());
        assertProblem(refused);
        assertEquals(0, rowsDuringOutage, "a document row written for an upload S3 never stored");
        assertEquals(1, documentRows(enrollment));
        figures.put("S3 down: upload answered", refused.status() + ", document rows written: " + rowsDuringOutage);
        figures.put("S3 back: upload accepted after", String.format("%.1f s", seconds(restarted)));
    }

    /**
     * student-service stopped: enrolling (enrollment-service asks it whether the student exists) answers
     * 503 and creates nothing, and enrollment-service logs why under the caller's trace id; with
     * student-service started again the same request succeeds.
     */
    @Test
    @Order(4)
    void siblingStopped() throws Exception {
        UUID student = registerStudent(ENROLLMENTS + 2);
        ProcessHandle studentService = suite.process.service("student-service").orElseThrow();
        studentService.destroy();
        studentService.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        String traceId = UUID.randomUUID().toString().replace("-", ""); // 32 hex digits, as W3C's trace-id
        Reply refused = suite.http.send(HttpRequest.newBuilder(suite.at.enrollment("/api/v1/enrollments"))
                .header("Authorization", "Bearer " + school.token("secretary"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(enrollment(student)))),
                "POST /api/v1/enrollments");
        int created = enrollmentRows(student);
        long restarting = System.nanoTime();
        suite.up();
        double restart = seconds(restarting);
        UUID enrollment = enroll(student);

        assertEquals(503, refused.status(), refused.text());
        assertProblem(refused);
        assertEquals(0, created, "an enrollment created while its student could not be checked");
        assertEquals(1, enrollmentRows(student), "enrollment " + enrollment);
        JsonNode logged = suite.log("enrollment-service").stream().filter(line -> line.startsWith("{"))
                .map(FaultsIT::json).filter(line -> line.path("message").asText().startsWith("answered 503"))
                .filter(line -> traceId.equals(line.path("mdc").path("traceId").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no 503 logged under trace " + traceId));
        assertTrue(logged.path("message").asText().contains("student-service"), logged.toString());
        assertTrue(logged.path("mdc").path("spanId").asText().matches("[0-9a-f]{16}"), logged.toString());
        figures.put("student-service down: POST /api/v1/enrollments answered", refused.status()
                + ", enrollments written: " + created);
        figures.put("student-service restarted and ready (./athena up)", String.format("%.1f s", restart));
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("a log line that is not JSON: " + line, e);
        }
    }

    private static UUID registerStudent(int n) {
        String number = "3" + school.run.substring(0, 7) + String.format("%03d", n);
        return UUID.fromString(expect(201, suite.http.post(suite.at.student("/api/v1/students"),
                school.token("secretary"), Map.of("document_type", "TI", "document_number", number,
                        "first_name", "Estudiante", "first_surname", "Fallas", "second_surname", "N" + n,
                        "birth_date", (school.year - 12) + "-05-20", "gender", "F")))
                .json().path("id").asText());
    }

    private static Map<String, Object> enrollment(UUID student) {
        return Map.of("student_id", student.toString(), "school_year_id", school.schoolYearId.toString(),
                "grade_level", 6, "group_code", "601", "shift", "morning");
    }

    private static UUID enroll(UUID student) {
        return UUID.fromString(expect(201, suite.http.post(suite.at.enrollment("/api/v1/enrollments"),
                school.token("secretary"), enrollment(student))).json().path("id").asText());
    }

    /** One read per service that needs the database. */
    private static Map<String, URI> tenantReads() {
        Map<String, URI> reads = new LinkedHashMap<>();
        reads.put("tenancy-service", suite.at.tenancy("/api/v1/school-years"));
        reads.put("identity-service", suite.at.identity("/api/v1/memberships"));
        reads.put("student-service", suite.at.student("/api/v1/students?q=fallas"));
        reads.put("enrollment-service", suite.at.enrollment("/api/v1/enrollments"));
        reads.put("documents-service", suite.at.documents("/api/v1/enrollments/" + school.enrollmentId
                + "/documents"));
        reads.put("academic-service", suite.at.academic("/api/v1/academic-areas"));
        return reads;
    }

    private static URI health(String service) {
        URI base = switch (service) {
            case "tenancy-service" -> suite.at.tenancy("/");
            case "identity-service" -> suite.at.identity("/");
            case "student-service" -> suite.at.student("/");
            case "enrollment-service" -> suite.at.enrollment("/");
            case "academic-service" -> suite.at.academic("/");
            default -> suite.at.documents("/");
        };
        return suite.at.management(base, "/q/health/ready");
    }

    private static Map<String, Long> servicePids() {
        Map<String, Long> pids = new TreeMap<>();
        for (String service : List.of("tenancy-service", "identity-service", "student-service", "enrollment-service",
                "documents-service", "academic-service")) {
            pids.put(service, suite.process.service(service).map(ProcessHandle::pid).orElse(-1L));
        }
        return pids;
    }

    private static void assertProblem(Reply reply) {
        assertTrue(String.valueOf(reply.header("Content-Type")).startsWith("application/problem+json"),
                reply.request() + " answered " + reply.status() + " without problem+json: " + reply.text());
    }

    private record History(int total, int distinctVersions) {
    }

    private static History historyRows(List<UUID> enrollments) {
        return query("select count(*), count(distinct (enrollment_id, enrollment_version)) "
                + "from student.enrollment_history where enrollment_id = any(?)",
                rows -> new History(rows.getInt(1), rows.getInt(2)), (Object) enrollments.toArray(new UUID[0]));
    }

    private static int unsentOutboxRows(String schema) {
        return query("select count(*) from " + schema + ".outbox where sent_at is null", rows -> rows.getInt(1));
    }

    private static int documentRows(UUID enrollment) {
        return query("select count(*) from documents.enrollment_documents where enrollment_id = ?",
                rows -> rows.getInt(1), enrollment);
    }

    private static int enrollmentRows(UUID student) {
        return query("select count(*) from enrollment.enrollments where student_id = ?", rows -> rows.getInt(1),
                student);
    }

    private interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(String sql, Row<T> row, Object... parameters) {
        try (Connection db = suite.database(); PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i] instanceof UUID[] ids ? db.createArrayOf("uuid", ids)
                        : parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return row.read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void waitFor(BooleanSupplier done, Duration atMost, String what) {
        await(what).atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> safely(done::getAsBoolean));
    }

    /** A probe that fails (a refused connection while a service restarts) counts as "not yet". */
    private static boolean safely(Supplier<Boolean> probe) {
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
