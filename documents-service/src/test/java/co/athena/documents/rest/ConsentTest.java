package co.athena.documents.rest;

import co.athena.documents.SiblingFakes;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static co.athena.documents.DocumentsApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A guardian's acceptance means something: there is a text to accept, and one acceptance is one record. */
@QuarkusTest
class ConsentTest {

    private final UUID school = UUID.randomUUID();
    private final UUID[] enrollment = SiblingFakes.enrollment(school);
    private final UUID guardian = SiblingFakes.guardian(school, enrollment[1]);

    @Test
    void withoutAHabeasDataTextThereIsNothingToAccept() throws Exception {
        SiblingFakes.settings(school, List.of("habeas_data"), 0);
        accept().then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("habeas_data_text"));
        assertEquals(0, TestDatabase.count("select count(*) from documents.consent_acceptances where school_id = ?", school));
    }

    @Test
    void theSameAcceptanceTwiceIsOneRecordEvenAtOnce() throws Exception {
        SiblingFakes.settings(school, List.of("habeas_data"), 2);
        List<CompletableFuture<Response>> calls = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(this::accept)).toList();
        List<Response> answers = calls.stream().map(CompletableFuture::join).toList();
        assertEquals(List.of(200, 200, 200, 200, 201), answers.stream().map(Response::statusCode).sorted().toList());
        assertEquals(1, answers.stream().map(r -> r.jsonPath().getString("id")).distinct().count());
        assertEquals(1, TestDatabase.count("select count(*) from documents.consent_acceptances where school_id = ? "
                + "and policy_text_version = 2", school));

        SiblingFakes.settings(school, List.of("habeas_data"), 3);
        accept().then().statusCode(201);
        assertEquals(2, TestDatabase.count("select count(*) from documents.consent_acceptances where school_id = ?", school));
    }

    private Response accept() {
        return secretary(school).contentType("application/json").body(Map.of("guardian_id", guardian.toString()))
                .post("/api/v1/enrollments/" + enrollment[0] + "/documents/habeas_data/acceptance");
    }
}
