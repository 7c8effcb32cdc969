package co.athena.student.rest;

import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.cc;
import static co.athena.student.rest.StudentApi.create;
import static co.athena.student.rest.StudentApi.guardian;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class GuardianResourceTest {

    @Test
    void readsAndChangesAGuardianOfTheSchoolOnly() throws Exception {
        UUID school = UUID.randomUUID();
        String document = cc();
        create(school, with(student(ti(), "Julieta", null, "Mora", null), "guardians",
                List.of(guardian(document, "Gloria Mora", "madre", true))));
        UUID id = UUID.fromString(secretary(school).queryParam("q", "gloria").get("/api/v1/guardians").then()
                .statusCode(200).body("items", hasSize(1)).extract().path("items[0].id"));
        secretary(school).get("/api/v1/guardians/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("document_number", equalTo(document));
        secretary(school).header("If-Match", "\"0\"").body(Map.of("phone", "3157654321", "email", "gloria@correo.co"))
                .patch("/api/v1/guardians/" + id).then().statusCode(200).body("version", equalTo(1));
        secretary(school).header("If-Match", "\"0\"").body(Map.of("phone", "1"))
                .patch("/api/v1/guardians/" + id).then().statusCode(412);
        secretary(school).body(Map.of("email", "no-es-correo")).patch("/api/v1/guardians/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("email"));
        secretary(school).body(Map.of("document_number", "1")).patch("/api/v1/guardians/" + id).then().statusCode(400);
        UUID otherSchool = UUID.randomUUID();
        secretary(otherSchool).get("/api/v1/guardians/" + id).then().statusCode(404);
        secretary(otherSchool).body(Map.of("phone", "0")).patch("/api/v1/guardians/" + id).then().statusCode(404);
        secretary(otherSchool).queryParam("q", "gloria").get("/api/v1/guardians").then().body("items", hasSize(0));
        assertEquals(1, TestDatabase.count("select count(*) from student.guardians where id = ? and phone = '3157654321'", id));
    }
}
