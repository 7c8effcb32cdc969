package co.athena.academic.rest;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.area;
import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.subject;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class SubjectResourceTest {

    private final UUID school = UUID.randomUUID();

    @Test
    void subjectsAreListedByAreaAndMoveBetweenAreas() {
        UUID science = area(school, "CN");
        UUID maths = area(school, "MAT");
        UUID biology = subject(school, science, "BIO");
        subject(school, maths, "ALG");
        coordinator(school).get("/api/v1/subjects?area_id=" + science).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].code", equalTo("BIO"));
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("area_id", maths.toString()))
                .patch("/api/v1/subjects/" + biology).then().statusCode(200).body("area_id", equalTo(maths.toString()));
        coordinator(school).get("/api/v1/subjects?area_id=" + maths).then().body("items", hasSize(2));
    }

    @Test
    void anAreaOfAnotherSchoolIsAnUnprocessableReference() throws Exception {
        UUID elsewhere = area(UUID.randomUUID(), "CN");
        coordinator(school).body(Map.of("area_id", elsewhere.toString(), "code", "BIO", "name", "Biología"))
                .post("/api/v1/subjects").then().statusCode(422).body("errors[0].field", equalTo("area_id"));
        UUID mine = subject(school, area(school, "CN"), "BIO");
        coordinator(school).body(Map.of("area_id", elsewhere.toString())).patch("/api/v1/subjects/" + mine)
                .then().statusCode(422);
        assertEquals(1, TestDatabase.count("select count(*) from academic.subject_catalog where school_id = ?", school));
        coordinator(school).get("/api/v1/subjects/" + mine).then().body("version", equalTo(0));
    }

    @Test
    void aCodeIsTheSchoolsOnceAndAnotherSchoolsSubjectIsNotFound() {
        UUID science = area(school, "CN");
        UUID biology = subject(school, science, "BIO");
        coordinator(school).body(Map.of("area_id", science.toString(), "code", "bio", "name", "Otra"))
                .post("/api/v1/subjects").then().statusCode(409);
        coordinator(UUID.randomUUID()).get("/api/v1/subjects/" + biology).then().statusCode(404);
    }
}
