package co.athena.suite.proof;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.athena.suite.client.Reply;
import co.athena.suite.proof.RunningSuite.Suite;
import co.athena.suite.scenario.SchoolScenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One school's imports never hurt another school (issue 15), on the packaged student-service: an
 * oversized file is refused while the other school reads; a file at the cap is imported (as a job: it is
 * too long to wait for) while the other school's reads keep being answered; SIGTERM in the middle of an
 * import stops the process within Kubernetes' grace period and commits none of it.
 */
@ExtendWith(RunningSuite.class)
class ImportIsolationIT {

    /** What Kubernetes waits after SIGTERM before it kills a pod (its default; deploy/k8s keeps it). */
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(30);
    private static final int CAP_ROWS = 20_000;

    private static Suite suite;
    private static SchoolScenario importing;
    private static SchoolScenario reading;

    @BeforeAll
    static void twoSchools() {
        suite = RunningSuite.get();
        importing = new SchoolScenario(suite.at(), suite.http(), suite.signIn()).open(List.of("secretary"));
        reading = new SchoolScenario(suite.at(), suite.http(), suite.signIn()).open(List.of("secretary"));
        reading.registerStudent();
    }

    @Test
    void aFileFarOverTheCapIsRefusedWhileAnotherSchoolReads() {
        CompletableFuture<Reply> oversized = CompletableFuture.supplyAsync(() -> importCsv(csv(200_000, 1_200_000_000L), true));
        Map<Integer, Integer> reads = readWhile(oversized);

        Reply refused = oversized.join();
        assertEquals(413, refused.status(), refused.text());
        assertTrue(refused.header("Content-Type").startsWith("application/problem+json"), refused.header("Content-Type"));
        assertEquals(Map.of(200, reads.get(200)), reads, "the other school's reads");
    }

    @Test
    void aFileAtTheCapIsImportedAsAJobWhileAnotherSchoolsReadsAreAnswered() {
        CompletableFuture<JsonNode> imported = CompletableFuture.supplyAsync(() -> ended(
                importCsv(csv(CAP_ROWS, 1_000_000_000L), false)));
        Map<Integer, Integer> reads = readWhile(imported);

        JsonNode job = imported.join();
        assertEquals("succeeded", job.path("status").asText(), job.toString());
        assertEquals(job.path("total").asInt(), job.path("processed").asInt(), job.toString());
        assertEquals(CAP_ROWS, job.at("/result/created").asInt(), job.toString());
        assertEquals(Map.of(200, reads.get(200)), reads, "the other school's reads");
        assertTrue(reads.get(200) > 0, "the other school read during the import");
    }

    @Test
    void sigtermInTheMiddleOfAnImportCommitsNoneOfIt() {
        await("no other import running").atMost(Duration.ofMinutes(1)).until(() -> importsRunning() == 0);
        SchoolRows rows = new SchoolRows(suite.process().home, suite.process().portOffset);
        Map<String, String> before = rows.of(importing.schoolId);
        ProcessHandle studentService = suite.process().service("student-service").orElseThrow();
        Reply accepted = importCsv(csv(CAP_ROWS, 1_100_000_000L), false);
        assertEquals(202, accepted.status(), accepted.text());
        await("the import to be running").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> importsRunning() > 0);

        long terminated = System.nanoTime();
        studentService.destroy();
        studentService.onExit().orTimeout(GRACE_PERIOD.toSeconds(), TimeUnit.SECONDS).join();
        Duration exited = Duration.ofNanos(System.nanoTime() - terminated);
        Map<String, String> after = rows.of(importing.schoolId);
        suite.restartStopped();

        assertTrue(exited.compareTo(GRACE_PERIOD) < 0, "exited after " + exited);
        JsonNode job = job(accepted);
        assertTrue(List.of("running", "failed").contains(job.path("status").asText()),
                "the cut import was reported as done: " + job);
        assertEquals(before, after, "rows of the school whose import was cut");
    }

    private static Reply importCsv(byte[] csv, boolean dryRun) {
        URI uri = suite.at().student("/api/v1/students/imports?dry_run=" + dryRun);
        return suite.http().send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + importing.token("secretary"))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)), "POST " + uri);
    }

    /** A job's view as its poller reads it. */
    private static JsonNode job(Reply accepted) {
        URI location = suite.at().student(URI.create(accepted.header("Location")).getPath());
        return SchoolScenario.expect(200, suite.http().get(location, importing.token("secretary"))).json();
    }

    /** The job an answer (202) started, polled to its end. */
    private static JsonNode ended(Reply accepted) {
        assertEquals(202, accepted.status(), accepted.text());
        return await("the import's job to end").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> job(accepted), view -> !view.path("status").asText().equals("running"));
    }

    /** School B's reads of its student, one after the other until {@code work} ends: statuses counted. */
    private static Map<Integer, Integer> readWhile(CompletableFuture<?> work) {
        URI student = suite.at().student("/api/v1/students/" + reading.studentId);
        Map<Integer, Integer> statuses = new TreeMap<>();
        while (!work.isDone()) {
            statuses.merge(suite.http().get(student, reading.token("secretary")).status(), 1, Integer::sum);
        }
        return statuses;
    }

    private static double importsRunning() {
        String metrics = suite.http().get(suite.at().management(suite.at().student("/"), "/q/metrics"), null).text();
        return metrics.lines().filter(line -> line.startsWith("athena_imports_running"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static byte[] csv(int rows, long firstNumber) {
        StringBuilder csv = new StringBuilder("document_type;document_number;first_name;second_name;first_surname;"
                + "second_surname;birth_date;gender\n");
        for (int i = 0; i < rows; i++) {
            csv.append("TI;").append(firstNumber + i).append(";Estudiante;;Carga;;2012-01-01;F\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
