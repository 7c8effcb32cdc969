package co.athena.documents.rest;

import co.athena.documents.SiblingFakes;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static co.athena.documents.DocumentsApi.pdf;
import static co.athena.documents.DocumentsApi.rowsOf;
import static co.athena.documents.DocumentsApi.upload;
import static co.athena.documents.DocumentsApi.uploadAsBrowser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a careless or hostile uploader cannot do with a file's name, its type or a closed enrollment. */
@QuarkusTest
class DocumentSafetyTest {

    private final UUID school = UUID.randomUUID();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/                              | document.pdf",
            "../../etc/passwd               | passwd.pdf",
            "C:\\Users\\ana\\acta.pdf       | acta.pdf",
            "poly.html                      | poly.pdf",
            "\u202Egnp.exe                  | gnp.pdf",
            "registro\u200B civil.pdf       | registro civil.pdf",
            "matrícula ñandú.PDF            | matrícula ñandú.pdf",
            "trailing\\                     | document.pdf",
            "...                            | document.pdf"})
    void aBadFileNameIsKeptAsASafeOne(String given, String kept) {
        UUID enrollment = SiblingFakes.enrollment(school)[0];
        uploadAsBrowser(school, enrollment, "birth_certificate", given, pdf(1200)).then().statusCode(201)
                .body("file_name", equalTo(kept));
    }

    @ParameterizedTest
    @ValueSource(ints = {300})
    void aLongFileNameIsCutToAHundredAndTwentyCharactersKeepingItsExtension(int length) {
        UUID enrollment = SiblingFakes.enrollment(school)[0];
        String kept = uploadAsBrowser(school, enrollment, "birth_certificate", "ñ".repeat(length) + ".pdf", pdf(1200))
                .then().statusCode(201).extract().path("file_name");
        assertEquals(120, kept.length());
        assertTrue(kept.endsWith(".pdf"), kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"poly.html"})
    void theDownloadIsThePdfItsBytesAreAsAnAttachment(String given) throws Exception {
        UUID enrollment = SiblingFakes.enrollment(school)[0];
        String url = upload(school, enrollment, "birth_certificate", given, pdf(1500)).then().statusCode(201)
                .extract().path("download_url");
        HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"poly.pdf\"; filename*=UTF-8''poly.pdf"), disposition);
        assertEquals("no-store", download.headers().firstValue("Cache-Control").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"withdrawn", "graduated"})
    void aClosedEnrollmentTakesNoMoreDocuments(String status) throws Exception {
        UUID enrollment = SiblingFakes.enrollment(school, status)[0];
        long before = rowsOf(school);
        upload(school, enrollment, "birth_certificate", "rc.pdf", pdf(1000)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(status));
        assertEquals(before, rowsOf(school));
    }
}
