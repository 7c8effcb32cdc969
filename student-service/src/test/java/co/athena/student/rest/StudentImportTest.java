package co.athena.student.rest;

import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static co.athena.student.rest.StudentApi.cc;
import static co.athena.student.rest.StudentApi.secretary;
import static co.athena.student.rest.StudentApi.ti;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class StudentImportTest {

    private static final String HEADER = "document_type;document_number;first_name;second_name;first_surname;"
            + "second_surname;birth_date;gender;guardian1_document_type;guardian1_document_number;guardian1_full_name;"
            + "guardian1_relationship;guardian1_phone;guardian2_document_type;guardian2_document_number;"
            + "guardian2_full_name;guardian2_relationship\n";

    /** As browsers send files: no charset unless the test says so (RestAssured would add ISO-8859-1). */
    private static RequestSpecification upload(UUID school, String contentType, byte[] file) {
        return RestAssured.given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.forSchool(school, "secretary"))
                .contentType(contentType).body(file);
    }

    @Test
    void importsALatin1FileAndReimportingItChangesNothing() throws Exception {
        UUID school = UUID.randomUUID();
        String mother = cc();
        String csv = HEADER
                + "TI;" + ti() + ";María;José;Muñoz;Peña;2013-04-05;F;CC;" + mother + ";Ana Peña;madre;3001112233;;;;\n"
                + "RC;" + ti() + ";Nicolás;;Ibáñez;;05/06/2019;M;CC;" + mother + ";Ana Peña;madre;;CC;" + cc() + ";Íñigo Ibáñez;padre\n"
                + "\"TI\";\"" + ti() + "\";\"Ana; Lucía\";;Gómez;;2012-01-31;F;;;;;;;;;\n";
        byte[] latin1 = csv.getBytes(StandardCharsets.ISO_8859_1);
        upload(school, "text/csv", latin1).post("/api/v1/students/imports").then().statusCode(200)
                .body("rows", equalTo(3)).body("created", equalTo(3)).body("guardians_created", equalTo(2))
                .body("dry_run", equalTo(false));
        secretary(school).queryParam("q", "muñoz").get("/api/v1/students").then()
                .body("items[0].full_name", equalTo("María José Muñoz Peña"));
        secretary(school).queryParam("q", "lucia").get("/api/v1/students").then()
                .body("items[0].first_name", equalTo("Ana; Lucía"));
        assertEquals(3, TestDatabase.count("select count(*) from student.student_guardians where school_id = ?", school));
        assertEquals(2, TestDatabase.count(
                "select count(*) from student.student_guardians where school_id = ? and is_primary", school),
                "the first guardian of each row is that student's primary one");
        long versions = TestDatabase.count("select sum(version) from student.students where school_id = ?", school);
        upload(school, "text/csv; charset=ISO-8859-1", latin1).post("/api/v1/students/imports").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3))
                .body("guardians_created", equalTo(0));
        assertEquals(3, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
        assertEquals(versions, TestDatabase.count("select sum(version) from student.students where school_id = ?", school));
        upload(school, "text/csv", csv.replace(";", ",").replace("Ana, Lucía", "Ana Lucía").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/students/imports").then().statusCode(200).body("updated", equalTo(1))
                .body("unchanged", equalTo(2));
    }

    @Inject
    MeterRegistry metrics;

    @Test
    void oneBadRowCommitsNothingAndIsReportedByLineAndField() throws Exception {
        double failedBefore = imports("failed");
        UUID school = UUID.randomUUID();
        String csv = HEADER
                + "TI;" + ti() + ";Laura;;Díaz;;2013-04-05;F;;;;;;;;;\n"
                + "TI;" + ti() + ";Pablo;;Díaz;;31/02/2013;H;CC;123;X;vecino;;;;;\n"
                + "TI;" + ti() + ";Marta;;Díaz;;2014-04-05;F;;;;;;;;;\n";
        upload(school, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/students/imports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("rows[3].birth_date", "rows[3].gender",
                        "rows[3].guardian1_document_number", "rows[3].guardian1_relationship"))
                .body("errors.field", org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.startsWith("rows[2]"))));
        upload(school, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).queryParam("dry_run", true)
                .post("/api/v1/students/imports").then().statusCode(400);
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
        assertEquals(0, TestDatabase.count("select count(*) from student.guardians where school_id = ?", school));
        // operators see each import that ended, and how it ended
        assertEquals(failedBefore + 2, imports("failed"));
        assertEquals(0, metrics.get("athena.work.running").tag("kind", "student_import").gauge().value());
    }

    private double imports(String outcome) {
        return metrics.timer("athena.work", "kind", "student_import", "outcome", outcome).count();
    }

    @Test
    void aDryRunReportsWithoutWriting() throws Exception {
        UUID school = UUID.randomUUID();
        String csv = HEADER + "TI;" + ti() + ";Laura;;Díaz;;2013-04-05;F;;;;;;;;;\n";
        upload(school, "text/csv", csv.getBytes(StandardCharsets.UTF_8)).queryParam("dry_run", true)
                .post("/api/v1/students/imports").then().statusCode(200)
                .body("dry_run", equalTo(true)).body("created", equalTo(1));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void refusesWhatIsNotACsvOfStudents() throws Exception {
        UUID school = UUID.randomUUID();
        upload(school, "application/json", "{}".getBytes(StandardCharsets.UTF_8)).post("/api/v1/students/imports")
                .then().statusCode(415).contentType("application/problem+json");
        upload(school, "text/csv", "nombre;apellido\nAna;Gil\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/students/imports").then().statusCode(400).body("detail", org.hamcrest.Matchers
                        .containsString("document_type"));
        upload(school, "text/csv", (HEADER + "TI;\"1234567890;Ana\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/students/imports").then().statusCode(400).body("detail", org.hamcrest.Matchers
                        .containsString("quoted"));
        upload(school, "text/csv", new byte[0]).post("/api/v1/students/imports").then().statusCode(400);
        upload(school, "text/csv; charset=klingon", HEADER.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/students/imports").then().statusCode(400);
        RestAssured.given().auth().oauth2(TestTokens.forSchool(school, "teacher")).contentType("text/csv")
                .body(HEADER).post("/api/v1/students/imports").then().statusCode(403);
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aFileOverTheByteCapIsRefusedBeforeItIsReadAndNothingIsWritten() throws Exception {
        UUID school = UUID.randomUUID();
        StringBuilder csv = new StringBuilder(HEADER);
        String row = "TI;%s;Ana;;Gil;;2012-01-01;F;;;;;;;;;\n";
        while (csv.length() <= 10 * 1024 * 1024) {
            csv.append(row.formatted(ti()));
        }
        upload(school, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .queryParam("dry_run", true).post("/api/v1/students/imports").then().statusCode(413)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("10485760"));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aFileOverTheRowCapIsRefusedBeforeItIsRead() throws Exception {
        UUID school = UUID.randomUUID();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i <= 20_000; i++) {
            csv.append("TI;1;A;;B;;2012-01-01;F;;;;;;;;;\n");
        }
        upload(school, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/students/imports").then().statusCode(413)
                .body("detail", org.hamcrest.Matchers.containsString("20000 rows"));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }

    @Test
    void aFileThatMixesUtf8AndLatin1IsRefusedNamingTheLine() throws Exception {
        UUID school = UUID.randomUUID();
        byte[] utf8 = (HEADER + "TI;" + ti() + ";José;;Gil;;2012-01-01;M;;;;;;;;;\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = ("TI;" + ti() + ";Inés;;Gil;;2012-01-01;F;;;;;;;;;\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] mixed = new byte[utf8.length + latin1.length];
        System.arraycopy(utf8, 0, mixed, 0, utf8.length);
        System.arraycopy(latin1, 0, mixed, utf8.length, latin1.length);
        upload(school, "text/csv", mixed).post("/api/v1/students/imports").then().statusCode(400)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("line 3"));
        assertEquals(0, TestDatabase.count("select count(*) from student.students where school_id = ?", school));
    }
}
