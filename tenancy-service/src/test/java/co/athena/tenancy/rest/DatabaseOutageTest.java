package co.athena.tenancy.rest;

import co.athena.testing.AthenaTestInfrastructure;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PostgreSQL down: requests answer 503 with Retry-After, nothing is half-written, and service recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void answers503WhileTheDatabaseIsDownAndRecoversWithoutARestart() throws Exception {
        UUID school = TenancyApi.createSchool("Colegio Apagón");
        var postgres = AthenaTestInfrastructure.infrastructure().postgresComponent();
        postgres.stop();
        try {
            for (int i = 0; i < 3; i++) {
                rector(school).body(Map.of("name", "Durante el apagón " + i, "starts_on", "2032-01-20",
                                "ends_on", "2032-11-30"))
                        .post("/api/v1/school-years").then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", notNullValue());
                rector(school).get("/api/v1/school-years").then().statusCode(503);
                rector(school).header("Idempotency-Key", "apagon-" + i).body(Map.of("name", "Con clave " + i,
                                "starts_on", "2032-01-20", "ends_on", "2032-11-30"))
                        .post("/api/v1/school-years").then().statusCode(503).contentType("application/problem+json");
            }
        } finally {
            postgres.start();
        }
        await("the service reconnects on its own once PostgreSQL is back").atMost(Duration.ofSeconds(30))
                .until(() -> rector(school).get("/api/v1/school-years").statusCode() == 200);
        rector(school).get("/api/v1/school-years").then().statusCode(200).body("items.size()", equalTo(0));
        assertEquals(0, TestDatabase.count("select count(*) from tenancy.school_years where school_id = ?", school));
    }
}
