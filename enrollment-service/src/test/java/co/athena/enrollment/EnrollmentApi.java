package co.athena.enrollment;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;

import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Requests as school staff send them, and enrollments built through the API. */
public final class EnrollmentApi {

    private EnrollmentApi() {
    }

    public static RequestSpecification as(UUID school, String role) {
        return RestAssured.given().contentType(ContentType.JSON).auth().oauth2(TestTokens.forSchool(school, role));
    }

    public static RequestSpecification secretary(UUID school) {
        return as(school, Roles.SECRETARY);
    }

    public static Map<String, Object> request(UUID student, UUID year, int grade, String group, String shift) {
        Map<String, Object> body = new HashMap<>();
        body.put("student_id", student.toString());
        body.put("school_year_id", year.toString());
        body.put("grade_level", grade);
        body.put("group_code", group);
        body.put("shift", shift);
        return body;
    }

    public static JsonPath create(UUID school, UUID student, UUID year, int grade, String group, String shift) {
        return secretary(school).body(request(student, year, grade, group, shift)).post("/api/v1/enrollments")
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
    }

    /** A new enrollment of a new active student in {@code year}, in sixth grade, morning shift. */
    public static UUID enroll(UUID school, UUID year) {
        return UUID.fromString(create(school, SiblingFakes.activeStudent(school), year, 6, "601", "morning")
                .getString("id"));
    }

    public static JsonPath get(UUID school, UUID id) {
        return secretary(school).get("/api/v1/enrollments/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Moves through the flow with the current ETag; fails the test unless it is accepted. */
    public static JsonPath move(UUID school, UUID id, String to, String reason) {
        long version = get(school, id).getLong("version");
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("reason", reason);
        return secretary(school).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/enrollments/" + id + "/transitions").then().statusCode(200).extract().jsonPath();
    }

    /** The enrollment once {@code condition} holds: for effects of consumed events. */
    public static JsonPath await(UUID school, UUID id, Predicate<JsonPath> condition, Duration timeout) {
        return Awaitility.await("enrollment " + id + " to reach the expected state").atMost(timeout)
                .until(() -> get(school, id), condition::test);
    }

    public static long enrollmentsOf(UUID school) throws SQLException {
        return TestDatabase.count("select count(*) from enrollment.enrollments where school_id = ?", school);
    }
}
