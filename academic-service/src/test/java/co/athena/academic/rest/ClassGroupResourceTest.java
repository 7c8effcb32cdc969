package co.athena.academic.rest;

import co.athena.academic.Staff;
import co.athena.academic.TenancyFake;
import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.academic.AcademicApi.coordinator;
import static co.athena.academic.AcademicApi.group;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ClassGroupResourceTest {

    private final UUID school = UUID.randomUUID();
    private final UUID year = TenancyFake.schoolYear(school, "active");

    private Map<String, Object> body(UUID schoolYear) {
        Map<String, Object> body = new HashMap<>(Map.of("school_year_id", schoolYear.toString(), "grade_level", 6,
                "code", "601", "shift", "morning", "capacity", 40));
        return body;
    }

    @Test
    void aGroupIsCreatedInCapitalsListedByYearAndGradeAndChanged() {
        UUID id = group(school, year, 6, "6-a");
        group(school, year, 7, "701");
        coordinator(school).get("/api/v1/class-groups?school_year_id=" + year + "&grade_level=6").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].code", equalTo("6-A"))
                .body("items[0].shift", equalTo("morning"));
        coordinator(school).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"capacity\": 35, \"shift\": \"afternoon\"}").patch("/api/v1/class-groups/" + id).then()
                .statusCode(200).body("capacity", equalTo(35)).body("shift", equalTo("afternoon"))
                .body("grade_level", equalTo(6));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"grade_level, 12", "shift, evening", "capacity, 0", "capacity, 81", "code, 6 A"})
    void aGroupOutsideTheRulesIsRefused(String field, String value) throws Exception {
        Map<String, Object> body = body(year);
        body.put(field, field.equals("shift") || field.equals("code") ? value : Integer.parseInt(value));
        coordinator(school).body(body).post("/api/v1/class-groups").then().statusCode(400)
                .body("errors[0].field", equalTo(field));
        assertEquals(0, TestDatabase.count("select count(*) from academic.class_groups where school_id = ?", school));
    }

    @Test
    void theYearMustBeThisSchoolsAndStillOpen() throws Exception {
        coordinator(school).body(body(UUID.randomUUID())).post("/api/v1/class-groups").then().statusCode(422)
                .body("errors[0].field", equalTo("school_year_id"));
        coordinator(school).body(body(TenancyFake.schoolYear(school, "closed"))).post("/api/v1/class-groups").then()
                .statusCode(422).body("errors[0].message", containsString("closed"));
        coordinator(school).body(body(TenancyFake.schoolYear(UUID.randomUUID(), "active")))
                .post("/api/v1/class-groups").then().statusCode(422);
        assertEquals(0, TestDatabase.count("select count(*) from academic.class_groups where school_id = ?", school));
    }

    @Test
    void aDirectorIsAnActiveTeacherOfTheSchoolAndCanBeCleared() throws Exception {
        UUID teacher = Staff.teacher(school);
        UUID secretary = UUID.randomUUID();
        Staff.announce(school, secretary, List.of(Roles.SECRETARY), true, 0);
        Map<String, Object> body = body(year);
        body.put("director_id", secretary.toString());
        coordinator(school).body(body).post("/api/v1/class-groups").then().statusCode(422)
                .body("errors[0].field", equalTo("director_id"));
        body.put("director_id", teacher.toString());
        String id = coordinator(school).body(body).post("/api/v1/class-groups").then().statusCode(201)
                .body("director_id", equalTo(teacher.toString())).extract().path("id");
        coordinator(school).header("If-Match", "\"0\"").body(Map.of("director_id", secretary.toString()))
                .patch("/api/v1/class-groups/" + id).then().statusCode(422);
        coordinator(school).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"director_id\": null}").patch("/api/v1/class-groups/" + id).then().statusCode(200)
                .body("director_id", nullValue()).header("ETag", "\"1\"");
    }

    @Test
    void tenancyDownIsA503AndNothingIsWritten() throws Exception {
        TenancyFake.tenancy().down();
        try {
            coordinator(school).body(body(year)).post("/api/v1/class-groups").then().statusCode(503)
                    .header("Retry-After", "5");
        } finally {
            TenancyFake.tenancy().up();
        }
        assertEquals(0, TestDatabase.count("select count(*) from academic.class_groups where school_id = ?", school));
    }

    @Test
    void aCodeIsOncePerYearAndAnotherSchoolsGroupIsNotFound() {
        UUID id = group(school, year, 6, "601");
        coordinator(school).body(body(year)).post("/api/v1/class-groups").then().statusCode(409)
                .body("detail", equalTo("this school year already has a class group with that code"));
        group(school, TenancyFake.schoolYear(school, "planning"), 6, "601");
        coordinator(UUID.randomUUID()).get("/api/v1/class-groups/" + id).then().statusCode(404);
        coordinator(school).header("If-Match", "\"3\"").body(Map.of("capacity", 30))
                .patch("/api/v1/class-groups/" + id).then().statusCode(412);
    }
}
