package co.athena.enrollment.rest;

import co.athena.enrollment.EnrollmentApi;
import co.athena.enrollment.SiblingFakes;
import co.athena.testing.StubHttpServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.enrollmentsOf;
import static co.athena.enrollment.EnrollmentApi.request;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A sibling that is down or hung makes a write answer 503 with Retry-After, and nothing is written. */
@QuarkusTest
class SiblingOutageTest {

    // a new school per test (JUnit makes a new instance per test), with a year its siblings know
    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");
    private final UUID student = SiblingFakes.activeStudent(school);

    @Test
    void studentServiceDownIsA503AndNothingIsWritten() throws Exception {
        assertUnavailableWhile(SiblingFakes.student(), "student-service");
    }

    @Test
    void tenancyServiceDownIsA503AndNothingIsWritten() throws Exception {
        assertUnavailableWhile(SiblingFakes.tenancy(), "tenancy-service");
    }

    @Test
    void aHungSiblingIsA503AfterTheTimeout() throws Exception {
        SiblingFakes.student().delay(Duration.ofSeconds(4));
        try {
            long started = System.nanoTime();
            secretary(school).body(request(student, year, 6, "601", "morning")).post("/api/v1/enrollments")
                    .then().statusCode(503).header("Retry-After", "5");
            long waited = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertEquals(true, waited < 3_500, "answered after " + waited + " ms, not at the read timeout");
        } finally {
            SiblingFakes.student().delay(Duration.ZERO);
        }
        assertEquals(0, enrollmentsOf(school));
    }

    @Test
    void aReadmissionWhileStudentServiceIsDownIsA503AndTheEnrollmentStaysWithdrawn() throws Exception {
        UUID id = UUID.fromString(secretary(school).body(request(student, year, 6, "601", "morning"))
                .post("/api/v1/enrollments").then().statusCode(201).extract().path("id"));
        EnrollmentApi.move(school, id, "withdrawn", "Traslado");
        SiblingFakes.student().down();
        try {
            secretary(school).body(Map.of("to", "pending_documents", "reason", "Reintegro"))
                    .post("/api/v1/enrollments/" + id + "/transitions").then().statusCode(503)
                    .contentType("application/problem+json").body("detail", containsString("student-service"));
        } finally {
            SiblingFakes.student().up();
        }
        assertEquals("withdrawn", EnrollmentApi.get(school, id).getString("status"));
    }

    private void assertUnavailableWhile(StubHttpServer sibling, String name) throws Exception {
        sibling.down();
        try {
            secretary(school).body(request(student, year, 6, "601", "morning")).post("/api/v1/enrollments")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("detail", containsString(name));
            assertEquals(0, enrollmentsOf(school));
        } finally {
            sibling.up();
        }
        secretary(school).body(request(student, year, 6, "601", "morning")).post("/api/v1/enrollments")
                .then().statusCode(201);
    }
}
