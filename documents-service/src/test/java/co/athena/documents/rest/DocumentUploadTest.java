package co.athena.documents.rest;

import co.athena.documents.SiblingFakes;
import co.athena.testing.AthenaTestInfrastructure;
import co.athena.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static co.athena.documents.DocumentsApi.pdf;
import static co.athena.documents.DocumentsApi.png;
import static co.athena.documents.DocumentsApi.rowsOf;
import static co.athena.documents.DocumentsApi.secretary;
import static co.athena.documents.DocumentsApi.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Uploads on the real S3 server: what is stored, what is refused, and that nothing is left half-done. */
@QuarkusTest
class DocumentUploadTest {

    private static final int MAX = 10 * 1024 * 1024;

    @Inject
    S3Client s3;

    private final UUID school = UUID.randomUUID();
    private final UUID[] enrollment = SiblingFakes.enrollment(school);

    @Test
    void anUploadComesBackByteForByteAndAReplacementKeepsThePreviousVersion() throws Exception {
        byte[] content = pdf(300_000);
        JsonPath first = upload(school, enrollment[0], "birth_certificate", "registro civil.pdf", content)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("pending")).body("document_version", equalTo(1))
                .body("metadata.content_type", equalTo("application/pdf"))
                .body("metadata.size_bytes", equalTo(300_000))
                .body("metadata.sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))))
                .body("student_id", equalTo(enrollment[1].toString()))
                .extract().jsonPath();
        assertArrayEquals(content, download(first.getString("download_url")));

        byte[] replacement = png(50_000);
        upload(school, enrollment[0], "birth_certificate", "foto.png", replacement).then().statusCode(201)
                .body("document_version", equalTo(2)).body("metadata.content_type", equalTo("image/png"));
        JsonPath current = secretary(school).get(path("birth_certificate")).then().statusCode(200)
                .body("document_version", equalTo(2)).extract().jsonPath();
        assertArrayEquals(replacement, download(current.getString("download_url")));
        JsonPath versions = secretary(school).get(path("birth_certificate") + "/versions").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(2, 1), versions.getList("document_version"));
        assertEquals(List.of(true, false), versions.getList("is_current"));
        assertArrayEquals(content, download(versions.getString("[1].download_url")));
        assertEquals(2, objects().size());
        assertTrue(objects().get(0).startsWith("schools/" + school + "/enrollments/" + enrollment[0] + "/birth_certificate/"));
    }

    @Test
    void concurrentUploadsOfOneDocumentBecomeSuccessiveVersions() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int size = 1000 + i;
                answers.add(pool.submit(() -> upload(school, enrollment[0], "report_card", "b.pdf", pdf(size)).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(6, 5, 4, 3, 2, 1), secretary(school).get(path("report_card") + "/versions").then()
                .statusCode(200).extract().jsonPath().getList("document_version"));
        assertEquals(6, objects().size());
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        upload(school, enrollment[0], "birth_certificate", "virus.pdf", "MZ this is not a pdf".getBytes())
                .then().statusCode(415).contentType("application/problem+json");
        upload(school, enrollment[0], "birth_certificate", "big.pdf", pdf(MAX + 1))
                .then().statusCode(413).contentType("application/problem+json");
        upload(school, enrollment[0], "birth_certificate", "bigger.pdf", pdf(MAX + 1_000_000))
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most " + MAX + " bytes"));
        upload(school, enrollment[0], "passport", "p.pdf", pdf(1000))
                .then().statusCode(400).body("errors[0].field", equalTo("document_type"));
        UUID[] otherSchools = SiblingFakes.enrollment(UUID.randomUUID());
        upload(school, otherSchools[0], "birth_certificate", "r.pdf", pdf(1000))
                .then().statusCode(404).contentType("application/problem+json");
        secretary(school).contentType("multipart/form-data").multiPart("other", "x")
                .put(path("birth_certificate")).then().statusCode(400);
        assertEquals(0, rowsOf(school));
        assertEquals(List.of(), objects());
        // exactly at the limit is fine
        upload(school, enrollment[0], "report_card", "boletin.pdf", pdf(MAX)).then().statusCode(201);
    }

    @Test
    void withS3DownAnUploadIsA503AndNothingIsStored() throws Exception {
        var storage = AthenaTestInfrastructure.infrastructure().s3Component();
        storage.stop();
        try {
            upload(school, enrollment[0], "birth_certificate", "r.pdf", pdf(2000))
                    .then().statusCode(503).header("Retry-After", "5").body("detail", containsString("S3"));
        } finally {
            storage.start();
        }
        assertEquals(0, rowsOf(school));
        upload(school, enrollment[0], "birth_certificate", "r.pdf", pdf(2000)).then().statusCode(201);
    }

    @Test
    void withTheSiblingsDownAnUploadIsA503AndNothingIsStored() throws Exception {
        SiblingFakes.server().down();
        try {
            upload(school, enrollment[0], "birth_certificate", "r.pdf", pdf(2000))
                    .then().statusCode(503).header("Retry-After", "5").body("detail", containsString("enrollment-service"));
        } finally {
            SiblingFakes.server().up();
        }
        assertEquals(0, rowsOf(school));
        assertEquals(List.of(), objects());
    }

    @Test
    void whenTheRowCannotBeWrittenTheObjectIsRemoved() throws Exception {
        try (Connection admin = TestDatabase.asAdmin()) {
            admin.createStatement().execute("""
                    create function documents.refuse_test_row() returns trigger language plpgsql as $$
                    begin raise exception 'refused by the test' using errcode = '23514'; end $$;
                    create trigger refuse_test_row before insert on documents.enrollment_documents
                      for each row when (new.enrollment_id = '%s') execute function documents.refuse_test_row();
                    """.formatted(enrollment[0]));
        }
        try {
            upload(school, enrollment[0], "identity_document", "ti.pdf", pdf(5000)).then().statusCode(400);
        } finally {
            try (Connection admin = TestDatabase.asAdmin()) {
                admin.createStatement().execute("""
                        drop trigger refuse_test_row on documents.enrollment_documents;
                        drop function documents.refuse_test_row();""");
            }
        }
        assertEquals(0, rowsOf(school));
        assertEquals(List.of(), objects());
    }

    @Test
    void anotherSchoolCannotReachADocumentOrItsUrl() {
        upload(school, enrollment[0], "birth_certificate", "r.pdf", pdf(1000)).then().statusCode(201);
        UUID other = UUID.randomUUID();
        secretary(other).get(path("birth_certificate")).then().statusCode(404);
        secretary(other).get(path("birth_certificate") + "/versions").then().statusCode(404);
        secretary(other).get("/api/v1/enrollments/" + enrollment[0] + "/documents").then().statusCode(404);
        secretary(other).contentType("application/json").body("{\"status\":\"approved\"}")
                .post(path("birth_certificate") + "/validation").then().statusCode(404);
        secretary(school).get(path("identity_document")).then().statusCode(404);
    }

    private String path(String type) {
        return "/api/v1/enrollments/" + enrollment[0] + "/documents/" + type;
    }

    private List<String> objects() {
        return s3.listObjectsV2(b -> b.bucket("athena-documents").prefix("schools/" + school + "/")).contents()
                .stream().map(o -> o.key()).toList();
    }

    private static byte[] download(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body()));
        return response.body();
    }
}
