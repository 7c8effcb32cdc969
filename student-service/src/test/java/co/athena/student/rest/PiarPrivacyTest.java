package co.athena.student.rest;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.as;
import static co.athena.student.rest.StudentApi.rector;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.student;
import static co.athena.student.rest.StudentApi.ti;
import static co.athena.student.rest.StudentApi.with;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** piar_data (special-education plans) reaches only read:piar, and every access is logged. */
@QuarkusTest
class PiarPrivacyTest {

    private static final Map<String, Object> PIAR = Map.of("diagnostico", "TDAH", "ajustes", List.of("tiempo extra"));

    @Test
    void onlyReadPiarSeesItAnywhere() {
        UUID school = UUID.randomUUID();
        String document = ti();
        UUID id = UUID.fromString(rector(school).body(with(student(document, "Emilia", null, "Soto", null), "piar_data", PIAR))
                .post("/api/v1/students").then().statusCode(201).body("piar_data.diagnostico", equalTo("TDAH"))
                .extract().path("id"));
        secretary(school).get("/api/v1/students/" + id).then().statusCode(200).body("$", not(hasKey("piar_data")));
        secretary(school).queryParam("q", "emilia").get("/api/v1/students").then()
                .body("items[0]", not(hasKey("piar_data")));
        secretary(school).body(Map.of("ids", List.of(id.toString()))).post("/api/v1/students/lookup").then()
                .body("items[0]", not(hasKey("piar_data")));
        secretary(school).get("/api/v1/students/" + id + "/data-export").then().statusCode(200)
                .body("student", not(hasKey("piar_data")));
        as(school, Roles.COORDINATOR).get("/api/v1/students/" + id).then().body("piar_data.diagnostico", equalTo("TDAH"));
        as(school, Roles.COORDINATOR).queryParam("q", "emilia").get("/api/v1/students").then()
                .body("items[0]", not(hasKey("piar_data")));
        rector(school).get("/api/v1/students/" + id + "/data-export").then().body("student.piar_data.diagnostico",
                equalTo("TDAH"));
    }

    @Test
    void writingPiarNeedsReadPiarAndEveryAccessIsLogged() throws Exception {
        UUID school = UUID.randomUUID();
        secretary(school).body(with(student(ti(), "Tomás", null, "Mejía", null), "piar_data", PIAR))
                .post("/api/v1/students").then().statusCode(403);
        UUID id = UUID.fromString(secretary(school).body(student(ti(), "Tomás", null, "Mejía", null))
                .post("/api/v1/students").then().statusCode(201).extract().path("id"));
        secretary(school).body(Map.of("piar_data", PIAR)).patch("/api/v1/students/" + id).then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from student.students where id = ? and piar_data is not null", id));
        rector(school).body(Map.of("piar_data", PIAR)).patch("/api/v1/students/" + id).then().statusCode(200);
        as(school, Roles.COORDINATOR).get("/api/v1/students/" + id).then().statusCode(200);
        rector(school).queryParam("student_id", id).get("/api/v1/students/access-log").then().statusCode(200)
                .body("items.action", contains("piar_write", "piar_read"))
                .body("items[0].fields", containsInAnyOrder("ajustes", "diagnostico"));
        secretary(school).get("/api/v1/students/access-log").then().statusCode(403);
    }
}
