package co.athena.student.rest;

import co.athena.shared.patch.MergePatch;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.create;
import static co.athena.student.rest.StudentApi.rector;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** PATCH is JSON Merge Patch (RFC 7396): absent stays, null clears, required fields stay, no change keeps the version. */
@QuarkusTest
class StudentMergePatchTest {

    private final UUID school = UUID.randomUUID();

    private UUID maria() {
        return create(school, with(student(ti(), "María", "José", "Muñoz", "Pérez"), "extra_data",
                Map.of("ruta", "7", "dieta", "sin gluten")));
    }

    private static ValidatableResponse mergePatch(UUID school, UUID id, String patch) {
        return secretary(school).contentType(MergePatch.MEDIA_TYPE).body(patch.getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/students/" + id).then();
    }

    @Test
    void nullClearsAnOptionalFieldAndAbsentOnesStay() {
        UUID id = maria();
        mergePatch(school, id, "{\"second_name\": null}").statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("second_name", nullValue())
                .body("second_surname", equalTo("Pérez"))
                .body("full_name", equalTo("María Muñoz Pérez"));
    }

    @Test
    void aRequiredFieldCannotBeClearedAndNothingChanges() {
        UUID id = maria();
        mergePatch(school, id, "{\"first_name\": null, \"second_name\": \"Ana\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("first_name"))
                .body("errors[0].message", equalTo("is required: it can change but not be cleared"));
        secretary(school).get("/api/v1/students/" + id).then().body("version", equalTo(0))
                .body("first_name", equalTo("María")).body("second_name", equalTo("José"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{}", "{\"first_name\": \"María\"}", "{\"second_name\": \"José\", \"is_active\": true}",
            "{\"extra_data\": {\"ruta\": \"7\"}}"})
    void aPatchThatChangesNothingAnswers200WithoutANewVersion(String patch) {
        UUID id = maria();
        mergePatch(school, id, patch).statusCode(200).header("ETag", equalTo("\"0\"")).body("version", equalTo(0));
    }

    @Test
    void objectsMergeKeyByKeyAndNullRemovesAKey() {
        UUID id = maria();
        mergePatch(school, id, "{\"extra_data\": {\"dieta\": null, \"talla\": \"10\"}}").statusCode(200)
                .body("extra_data", equalTo(Map.of("ruta", "7", "talla", "10")));
    }

    @Test
    void plainJsonIsStillAMergePatch() {
        UUID id = maria();
        secretary(school).body(Map.of("first_surname", "Gómez")).patch("/api/v1/students/" + id).then().statusCode(200)
                .body("full_name", equalTo("María José Gómez Pérez"));
    }

    @Test
    void clearingPiarDataNeedsReadPiarLikeWritingIt() {
        UUID id = maria();
        mergePatch(school, id, "{\"piar_data\": null}").statusCode(403);
        rector(school).body(Map.of("piar_data", Map.of("ajustes", "lectura en voz alta")))
                .patch("/api/v1/students/" + id).then().statusCode(200);
        rector(school).contentType(MergePatch.MEDIA_TYPE).body("{\"piar_data\": null}")
                .patch("/api/v1/students/" + id).then().statusCode(200).body("piar_data", nullValue());
    }
}
