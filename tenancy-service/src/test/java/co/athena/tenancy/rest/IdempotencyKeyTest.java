package co.athena.tenancy.rest;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static co.athena.tenancy.rest.TenancyApi.createSchool;
import static co.athena.tenancy.rest.TenancyApi.rector;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Safe retries: a POST with an Idempotency-Key happens once, on the real database (shared filters). */
@QuarkusTest
class IdempotencyKeyTest {

    private static final Map<String, Object> YEAR = Map.of("name", "Año 2040", "starts_on", "2040-01-20",
            "ends_on", "2040-11-30");

    private UUID school;

    @BeforeEach
    void aSchool() {
        school = createSchool("Colegio de los Reintentos " + UUID.randomUUID());
    }

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstResponseAndCreatesNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        Response first = post(key, YEAR);
        Response retry = post(key, YEAR);

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("id", equalTo(first.path("id")));
        assertEquals(1, years());
    }

    @Test
    void theSameKeyOnAnotherRequestIs422AndDoesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, YEAR).then().statusCode(201);

        post(key, Map.of("name", "Otro año", "starts_on", "2041-01-20", "ends_on", "2041-11-30")).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("Idempotency-Key"));
        assertEquals(1, years());
    }

    @Test
    void concurrentDuplicatesHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> duplicates = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                duplicates.add(() -> post(key, YEAR).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(duplicates)) {
                statuses.add(status.get());
            }
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
            assertTrue(statuses.contains(201), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, years());
    }

    @Test
    void aFailedFirstAttemptIsNotReplayedAsSuccessAndAnotherSchoolsKeyIsItsOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        post(key, Map.of("name", "Sin fechas")).then().statusCode(400);
        post(key, Map.of("name", "Sin fechas")).then().statusCode(400);
        UUID other = createSchool("Otro colegio " + UUID.randomUUID());

        rector(other).header("Idempotency-Key", key).body(YEAR).post("/api/v1/school-years").then().statusCode(201);
        assertEquals(0, years());
    }

    @Test
    void aClaimAbandonedByADeadInstanceIsTakenOverByTheRetry() throws Exception {
        String key = UUID.randomUUID().toString();
        TestDatabase.update("insert into tenancy.idempotency_keys (school_id, idempotency_key, request_hash, created_at) "
                + "values (?, ?, 'from a request whose instance died', now() - interval '2 minutes')", school, key);

        post(key, YEAR).then().statusCode(201);
        assertEquals(1, years());
    }

    private Response post(String key, Map<String, Object> body) {
        return rector(school).header("Idempotency-Key", key).body(body).post("/api/v1/school-years");
    }

    private long years() throws Exception {
        return TestDatabase.count("select count(*) from tenancy.school_years where school_id = ?", school);
    }
}
