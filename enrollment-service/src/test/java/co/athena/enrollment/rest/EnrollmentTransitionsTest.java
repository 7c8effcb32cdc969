package co.athena.enrollment.rest;

import co.athena.enrollment.EnrollmentApi;
import co.athena.enrollment.SiblingFakes;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static co.athena.enrollment.EnrollmentApi.enroll;
import static co.athena.enrollment.EnrollmentApi.get;
import static co.athena.enrollment.EnrollmentApi.move;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The status flow of DESIGN §6, every pair of statuses, and what concurrency cannot break. */
@QuarkusTest
class EnrollmentTransitionsTest {

    private static final List<String> STATUSES = List.of("pending_documents", "in_review", "active", "graduated",
            "withdrawn");
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "pending_documents", Set.of("in_review", "withdrawn"),
            "in_review", Set.of("active", "pending_documents", "withdrawn"),
            "active", Set.of("graduated", "withdrawn"),
            "graduated", Set.of(),
            "withdrawn", Set.of("pending_documents"));
    /** How to reach each status from creation, through allowed steps only. */
    private static final Map<String, List<String>> PATH = Map.of(
            "pending_documents", List.of(),
            "in_review", List.of("in_review"),
            "active", List.of("in_review", "active"),
            "graduated", List.of("in_review", "active", "graduated"),
            "withdrawn", List.of("withdrawn"));

    // a new school per test (JUnit makes a new instance per test), with a year its siblings know
    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");

    @Inject
    Pool pool;

    @Test
    void everyAllowedTransitionSucceedsAndEveryOtherIsAConflict() {
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                UUID id = enrollmentIn(from);
                JsonPath before = get(school, id);
                Response answer = secretary(school).header("If-Match", "\"" + before.getLong("version") + "\"")
                        .body(Map.of("to", to, "reason", "prueba " + from + " → " + to))
                        .post("/api/v1/enrollments/" + id + "/transitions");
                if (ALLOWED.get(from).contains(to)) {
                    answer.then().statusCode(200).body("status", equalTo(to))
                            .body("version", equalTo((int) before.getLong("version") + 1))
                            .body("status_history", hasSize(PATH.get(from).size() + 2))
                            .body("status_history[-1].status", equalTo(to))
                            .body("status_history[-1].reason", equalTo("prueba " + from + " → " + to));
                } else {
                    answer.then().statusCode(409).contentType("application/problem+json")
                            .body("current_status", equalTo(from))
                            .body("allowed_transitions", equalTo(new ArrayList<>(before.getList("allowed_transitions"))));
                    JsonPath after = get(school, id);
                    assertEquals(before.getLong("version"), after.getLong("version"), from + " → " + to + " changed it");
                    assertEquals(from, after.getString("status"));
                }
            }
        }
    }

    @Test
    void aStaleOrUnknownRequestChangesNothing() {
        UUID id = enroll(school, year);
        move(school, id, "in_review", null);
        secretary(school).header("If-Match", "\"0\"").body(Map.of("to", "active"))
                .post("/api/v1/enrollments/" + id + "/transitions").then().statusCode(412)
                .contentType("application/problem+json");
        secretary(school).body(Map.of("to", "enrolled")).post("/api/v1/enrollments/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        secretary(school).body(Map.of("reason", "sin destino")).post("/api/v1/enrollments/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        secretary(school).body(Map.of("to", "withdrawn")).post("/api/v1/enrollments/" + id + "/transitions")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        secretary(school).body(Map.of("to", "active")).post("/api/v1/enrollments/" + UUID.randomUUID() + "/transitions")
                .then().statusCode(404);
        JsonPath after = get(school, id);
        assertEquals("in_review", after.getString("status"));
        assertEquals(2, after.getList("status_history").size());
    }

    @Test
    void twentyConcurrentTransitionsOnOneEnrollmentLoseNoHistory() throws Exception {
        UUID id = enroll(school, year);
        // twenty staff act on the same version: exactly one wins, the others learn it changed
        List<Integer> statuses = race(20, () -> secretary(school).header("If-Match", "\"0\"")
                .body(Map.of("to", "in_review", "reason", "revisión")).post("/api/v1/enrollments/" + id + "/transitions")
                .statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 412).count(), statuses.toString());

        // without If-Match, the version column still lets one of them through per version
        List<Integer> unconditional = race(20, () -> secretary(school)
                .body(Map.of("to", "active", "reason", "aprobada")).post("/api/v1/enrollments/" + id + "/transitions")
                .statusCode());
        assertEquals(1, unconditional.stream().filter(s -> s == 200).count(), unconditional.toString());
        assertEquals(19, unconditional.stream().filter(s -> s == 409 || s == 412).count(), unconditional.toString());

        JsonPath after = get(school, id);
        assertEquals(2, after.getLong("version"));
        assertEquals(List.of("pending_documents", "in_review", "active"), after.getList("status_history.status"));
    }

    @Test
    void onlyTheStepThatWinsARaceIsAnnounced() throws Exception {
        UUID id = enroll(school, year);
        List<Integer> statuses = race(20, () -> secretary(school)
                .body(Map.of("to", "in_review")).post("/api/v1/enrollments/" + id + "/transitions").statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());

        // the creation's event and the winner's: a step that lost between its read and its write wrote nothing
        long events = pool.preparedQuery("select count(*) from outbox where message_key = $1")
                .execute(Tuple.of(id.toString())).await().indefinitely().iterator().next().getLong(0);
        assertEquals(2, events);
    }

    @Test
    void theFlowIsDescribedOnEachEnrollment() {
        UUID id = enroll(school, year);
        secretary(school).get("/api/v1/enrollments/" + id).then()
                .body("allowed_transitions", equalTo(List.of("in_review", "withdrawn")));
        move(school, id, "in_review", null);
        JsonPath withdrawn = move(school, id, "withdrawn", "Traslado a otro colegio");
        assertEquals(List.of("pending_documents"), withdrawn.getList("allowed_transitions"));
        assertEquals("Traslado a otro colegio", withdrawn.getString("status_history[2].reason"));
        secretary(school).body(Map.of("to", "active")).post("/api/v1/enrollments/" + id + "/transitions")
                .then().statusCode(409).body("detail", containsString("withdrawn"));
    }

    @Test
    void aWithdrawnStudentIsReadmittedInTheSameYearWithAReasonWhileActive() {
        UUID student = SiblingFakes.activeStudent(school);
        UUID id = UUID.fromString(EnrollmentApi.create(school, student, year, 6, "601", "morning").getString("id"));
        move(school, id, "withdrawn", "Traslado a otro colegio");
        long version = get(school, id).getLong("version");

        secretary(school).header("If-Match", "\"" + version + "\"").body(Map.of("to", "pending_documents"))
                .post("/api/v1/enrollments/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        JsonPath readmitted = move(school, id, "pending_documents", "Regresa del traslado (reintegro)");

        assertEquals("pending_documents", readmitted.getString("status"));
        assertEquals("Regresa del traslado (reintegro)", readmitted.getString("status_history[2].reason"));
        assertEquals(version + 1, readmitted.getLong("version"));
    }

    @Test
    void aStudentNoLongerActiveIsNotReadmitted() {
        UUID student = SiblingFakes.activeStudent(school);
        UUID id = UUID.fromString(EnrollmentApi.create(school, student, year, 6, "601", "morning").getString("id"));
        move(school, id, "withdrawn", "Retiro");
        SiblingFakes.deactivate(school, student);

        secretary(school).body(Map.of("to", "pending_documents", "reason", "Reintegro"))
                .post("/api/v1/enrollments/" + id + "/transitions").then().statusCode(422)
                .body("errors[0].field", equalTo("student_id"));
        assertEquals("withdrawn", get(school, id).getString("status"));
    }

    private UUID enrollmentIn(String status) {
        UUID id = enroll(school, year);
        for (String step : PATH.get(status)) {
            move(school, id, step, "withdrawn".equals(step) ? "retiro" : null);
        }
        return id;
    }

    private static List<Integer> race(int callers, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
