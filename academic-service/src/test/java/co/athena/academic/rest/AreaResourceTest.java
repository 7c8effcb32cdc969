package co.athena.academic.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.as;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Areas: Ley 115's set as a start, the school's own, a code once, never gone while subjects use them. */
@QuarkusTest
class AreaResourceTest {

    private final UUID school = UUID.randomUUID();

    @Test
    void leyGeneralsAreasAreAddedOnceByCode() {
        area(school, "MAT");
        coordinator(school).post("/api/v1/academic-areas/ley-general").then().statusCode(200)
                .body("", hasSize(10))
                .body("code", hasItem("CN"))
                .body("find { it.code == 'HUM' }.name", equalTo("Humanidades, lengua castellana e idiomas extranjeros"))
                .body("find { it.code == 'HUM' }.mandatory", equalTo(true));
        coordinator(school).post("/api/v1/academic-areas/ley-general").then().statusCode(200).body("", hasSize(0));
        coordinator(school).get("/api/v1/academic-areas?limit=100").then().statusCode(200).body("items", hasSize(11));
    }

    @Test
    void anAreaIsCreatedReadChangedByMergePatchAndDeleted() {
        UUID id = area(school, "emp");
        coordinator(school).get("/api/v1/academic-areas/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("code", equalTo("EMP")).body("mandatory", equalTo(false));
        coordinator(school).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"name\": \"Emprendimiento\"}").patch("/api/v1/academic-areas/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Emprendimiento")).body("code", equalTo("EMP"));
        coordinator(school).header("If-Match", "\"0\"").delete("/api/v1/academic-areas/" + id).then().statusCode(412);
        coordinator(school).header("If-Match", "\"1\"").delete("/api/v1/academic-areas/" + id).then().statusCode(204);
        coordinator(school).get("/api/v1/academic-areas/" + id).then().statusCode(404);
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        area(school, "MAT");
        coordinator(school).body(Map.of("code", "MAT", "name", "Otra")).post("/api/v1/academic-areas").then()
                .statusCode(409).body("detail", equalTo("this school already has an area with that code"));
        coordinator(school).body(Map.of("code", "no spaces", "name", " ")).post("/api/v1/academic-areas").then()
                .statusCode(400).body("errors.field", hasItem("code")).body("errors.field", hasItem("name"));
        coordinator(school).contentType("application/merge-patch+json").body("{\"code\": null}")
                .patch("/api/v1/academic-areas/" + UUID.randomUUID()).then().statusCode(404);
        assertEquals(1, TestDatabase.count("select count(*) from academic.academic_areas where school_id = ?", school));
    }

    @Test
    void anAreaWithSubjectsCannotGo() throws Exception {
        UUID id = area(school, "CN");
        subject(school, id, "BIO");
        coordinator(school).delete("/api/v1/academic-areas/" + id).then().statusCode(409)
                .body("detail", equalTo("the area still has subjects; move or delete them first"));
        assertEquals(1, TestDatabase.count("select count(*) from academic.academic_areas where id = ?", id));
    }

    @Test
    void teachersAndSecretariesReadAndOnlyManageAcademicWrites() {
        UUID id = area(school, "MAT");
        for (String role : new String[]{Roles.TEACHER, Roles.SECRETARY}) {
            as(school, role).get("/api/v1/academic-areas/" + id).then().statusCode(200);
            as(school, role).body(Map.of("code", "X", "name", "X")).post("/api/v1/academic-areas").then().statusCode(403);
        }
        as(school, Roles.ACUDIENTE).get("/api/v1/academic-areas").then().statusCode(403);
        as(school, Roles.RECTOR).body(Map.of("code", "ART", "name", "Artes")).post("/api/v1/academic-areas")
                .then().statusCode(201);
    }

    @Test
    void anotherSchoolsAreaIsNotFound() {
        UUID id = area(school, "MAT");
        UUID other = UUID.randomUUID();
        coordinator(other).get("/api/v1/academic-areas/" + id).then().statusCode(404);
        coordinator(other).delete("/api/v1/academic-areas/" + id).then().statusCode(404);
        coordinator(other).get("/api/v1/academic-areas").then().body("items", hasSize(0));
    }
}
