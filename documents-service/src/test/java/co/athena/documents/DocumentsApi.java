package co.athena.documents;

import co.athena.shared.security.Roles;
import co.athena.testing.TestDatabase;
import co.athena.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Random;
import java.util.UUID;

/** Requests as school staff send them, and small real files. */
public final class DocumentsApi {

    private DocumentsApi() {
    }

    public static RequestSpecification as(UUID school, String role) {
        return RestAssured.given().auth().oauth2(TestTokens.forSchool(school, role));
    }

    public static RequestSpecification secretary(UUID school) {
        return as(school, Roles.SECRETARY);
    }

    /** A PDF-looking file of {@code size} bytes: the PDF signature, then random bytes. */
    public static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    public static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new Random(size + 1).nextBytes(bytes);
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    public static Response upload(UUID school, UUID enrollment, String type, String fileName, byte[] content) {
        return secretary(school).multiPart("file", fileName, content, "application/octet-stream")
                .put("/api/v1/enrollments/" + enrollment + "/documents/" + type);
    }

    /** An upload as a browser sends it: the file name raw in UTF-8 in the part's header, whatever it holds. */
    public static Response uploadAsBrowser(UUID school, UUID enrollment, String type, String fileName, byte[] content) {
        String boundary = "athena-test-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return secretary(school).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .put("/api/v1/enrollments/" + enrollment + "/documents/" + type);
    }

    public static long rowsOf(UUID school) throws SQLException {
        return TestDatabase.count("select count(*) from documents.enrollment_documents where school_id = ?", school);
    }
}
