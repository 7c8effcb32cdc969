package co.athena.student.rest;

import co.athena.shared.security.Permissions;
import co.athena.testing.JobPolls;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.as;
import static co.athena.student.rest.StudentApi.cc;
import static co.athena.student.rest.StudentApi.ti;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import as a job (202): what a front end polls to draw its progress bar, until the import ends. */
@QuarkusTest
class StudentImportJobTest {

    private static final String HEADER = "document_type;document_number;first_name;first_surname;birth_date;gender;"
            + "guardian1_document_type;guardian1_document_number;guardian1_full_name;guardian1_relationship\n";

    @Test
    void aJobGoesFromRunningToSucceededWithEveryRecordWrittenAndTheReportAsItsResult() throws Exception {
        UUID school = UUID.randomUUID();
        String csv = HEADER + row("Laura", cc()) + row("Pablo", cc()) + row("Marta", "");

        ExtractableResponse<Response> accepted = upload(school, "secretary", csv, true).then().statusCode(202)
                .header("Location", containsString("/api/v1/jobs/")).body("status", equalTo("running"))
                .body("kind", equalTo("student_import")).extract();
        JsonPath job = JobPolls.ended(() -> as(school, "secretary"), accepted.header("Location"));

        assertEquals("succeeded", job.getString("status"));
        assertEquals(3 + 2 + 2, job.getInt("total"), "three students, two guardians, two links");
        assertEquals(job.getInt("total"), job.getInt("processed"));
        assertEquals(3, job.getInt("result.created"));
        assertEquals(3, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aJobWithInvalidRowsFailsWithThemAsItsErrorsAndWritesNothing() throws Exception {
        UUID school = UUID.randomUUID();
        String csv = HEADER + row("Laura", "") + "TI;" + ti() + ";Pablo;Díaz;31/02/2013;H;;;;\n";

        String job = upload(school, "secretary", csv, true).then().statusCode(202).extract().header("Location");
        JsonPath failed = JobPolls.ended(() -> as(school, "secretary"), job);

        assertEquals("failed", failed.getString("status"));
        assertTrue(failed.getList("errors.field").containsAll(List.of("rows[3].birth_date", "rows[3].gender")),
                failed.prettify());
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aFileOverTheJobSizeRunsAsAJobWithoutBeingAsked() throws Exception {
        UUID school = UUID.randomUUID();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5001; i++) {
            csv.append(row("Estudiante", ""));
        }

        String job = upload(school, "secretary", csv.toString(), false).then().statusCode(202)
                .extract().header("Location");

        assertEquals("succeeded", JobPolls.ended(() -> as(school, "secretary"), job).getString("status"));
        assertEquals(5001, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void onlyCallersOfItsSchoolWhoMayImportReadTheJob() {
        UUID school = UUID.randomUUID();
        String job = upload(school, "secretary", HEADER + row("Laura", ""), true).then().statusCode(202)
                .extract().header("Location");
        JobPolls.ended(() -> as(school, "secretary"), job);

        as(school, "teacher").get(job).then().statusCode(404);
        as(UUID.randomUUID(), "secretary").get(job).then().statusCode(404);
        as(school, "rector").get(job).then().statusCode(200);
    }

    @Test
    void aJobWhoseInstanceStoppedReadsAsFailedOnceSilentForTwoMinutes() throws Exception {
        UUID school = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        TestDatabase.update("insert into student.jobs (id, school_id, kind, permission, status, started_by, updated_at) "
                + "values (?, ?, 'student_import', ?, 'running', 'someone', now() - interval '3 minutes')", job, school,
                Permissions.WRITE_STUDENTS);

        as(school, "secretary").get("/api/v1/jobs/" + job).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("errors[0].message", containsString("stopped when its service instance did"));
    }

    @Test
    void aSmallImportWithoutPreferenceStillAnswersAtOnce() throws Exception {
        UUID school = UUID.randomUUID();
        upload(school, "secretary", HEADER + row("Laura", ""), false).then().statusCode(200)
                .body("created", equalTo(1));
    }

    private static String row(String firstName, String guardianDocument) {
        String guardian = guardianDocument.isEmpty() ? ";;;" : "CC;" + guardianDocument + ";Ana Díaz;madre";
        return "TI;" + ti() + ";" + firstName + ";Díaz;2013-04-05;F;" + guardian + "\n";
    }

    private static Response upload(UUID school, String role, String csv, boolean preferAsync) {
        var request = RestAssured.given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.forSchool(school, role))
                .contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8));
        if (preferAsync) {
            request.header("Prefer", "respond-async");
        }
        return request.post("/api/v1/students/imports");
    }
}
