package co.athena.enrollment.rest;

import co.athena.enrollment.SiblingFakes;
import co.athena.testing.AthenaTestInfrastructure;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.enroll;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL down: the reads and the transition on the reactive pool answer 503, and no step or event is half-written. */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void aTransitionAnswers503WhileTheDatabaseIsDownAndChangesNothing() throws Exception {
        UUID school = UUID.randomUUID();
        UUID id = enroll(school, SiblingFakes.schoolYear(school, "active"));
        var postgres = AthenaTestInfrastructure.infrastructure().postgresComponent();
        postgres.stop();
        try {
            secretary(school).body(Map.of("to", "in_review")).post("/api/v1/enrollments/" + id + "/transitions")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
            secretary(school).get("/api/v1/enrollments/" + id).then().statusCode(503);
        } finally {
            postgres.start();
        }
        await("the pool reconnects on its own once PostgreSQL is back").atMost(Duration.ofSeconds(30))
                .until(() -> secretary(school).get("/api/v1/enrollments/" + id).statusCode() == 200);
        secretary(school).get("/api/v1/enrollments/" + id).then().statusCode(200)
                .body("status", equalTo("pending_documents")).body("version", equalTo(0))
                .body("status_history.size()", equalTo(1));
        assertEquals(1, TestDatabase.count("select count(*) from enrollment.outbox where message_key = ?", id.toString()));
    }
}
