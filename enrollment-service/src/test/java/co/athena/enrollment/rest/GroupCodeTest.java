package co.athena.enrollment.rest;

import co.athena.enrollment.SiblingFakes;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static co.athena.enrollment.EnrollmentApi.request;
import static co.athena.enrollment.EnrollmentApi.secretary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Once a school defined its class groups for a year (academic-service), an enrollment's group is one of them. */
@QuarkusTest
class GroupCodeTest {

    private final UUID school = UUID.randomUUID();
    private final UUID year = SiblingFakes.schoolYear(school, "active");

    private io.restassured.response.ValidatableResponse enroll(int grade, String group) {
        return secretary(school).body(request(SiblingFakes.activeStudent(school), year, grade, group, "morning"))
                .post("/api/v1/enrollments").then();
    }

    @Test
    void beforeTheSchoolDefinesGroupsAnyCodeGoes() {
        enroll(6, "6-LIBRE").statusCode(201);
    }

    @Test
    void afterwardsTheCodeMustBeAGroupOfThatGradeAndYear() throws Exception {
        SiblingFakes.classGroup(school, year, 6, "601");
        enroll(6, "601").statusCode(201);
        enroll(6, "602").statusCode(422).body("errors[0].field", equalTo("group_code"))
                .body("errors[0].message", containsString("601"));
        enroll(7, "601").statusCode(422).body("errors[0].message", containsString("none yet"));
        enroll(7, null).statusCode(201);
        assertEquals(2, TestDatabase.count("select count(*) from enrollment.enrollments where school_id = ?", school));
    }

    @Test
    void aPatchToAnotherGroupIsCheckedToo() throws Exception {
        SiblingFakes.classGroup(school, year, 6, "601");
        SiblingFakes.classGroup(school, year, 6, "602");
        String id = enroll(6, "601").statusCode(201).extract().path("id");
        secretary(school).header("If-Match", "\"0\"").body(Map.of("group_code", "699"))
                .patch("/api/v1/enrollments/" + id).then().statusCode(422);
        secretary(school).header("If-Match", "\"0\"").body(Map.of("group_code", "602"))
                .patch("/api/v1/enrollments/" + id).then().statusCode(200).body("group_code", equalTo("602"));
        assertEquals(1, TestDatabase.count("select version from enrollment.enrollments where id = ?", UUID.fromString(id)));
    }

    @Test
    void academicServiceDownIsA503AndNothingIsWritten() throws Exception {
        SiblingFakes.academic().down();
        try {
            enroll(6, "601").statusCode(503).body("detail", containsString("academic-service"));
        } finally {
            SiblingFakes.academic().up();
        }
        assertEquals(0, TestDatabase.count("select count(*) from enrollment.enrollments where school_id = ?", school));
    }
}
