package co.athena.documents.consumers;

import co.athena.documents.SiblingFakes;
import co.athena.shared.events.StudentLifecycleEvent;
import co.athena.testing.TestDatabase;
import co.athena.testing.TopicProbe;
import co.athena.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static co.athena.documents.DocumentsApi.pdf;
import static co.athena.documents.DocumentsApi.secretary;
import static co.athena.documents.DocumentsApi.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An anonymized student's files leave S3; consent forms and acceptances stay as proof. */
@QuarkusTest
class StudentErasureTest {

    @Inject
    S3Client s3;

    private final UUID school = UUID.randomUUID();
    private final UUID[] enrollment = SiblingFakes.enrollment(school);

    @Test
    void anAnonymizedStudentsFilesAreDeletedAndConsentsKept() throws Exception {
        UUID guardian = SiblingFakes.guardian(school, enrollment[1]);
        upload(school, enrollment[0], "birth_certificate", "rc.pdf", pdf(2000)).then().statusCode(201);
        upload(school, enrollment[0], "birth_certificate", "rc2.pdf", pdf(2100)).then().statusCode(201);
        upload(school, enrollment[0], "identity_document", "ti.pdf", pdf(2200)).then().statusCode(201);
        upload(school, enrollment[0], "habeas_data", "firma.pdf", pdf(2300)).then().statusCode(201);
        secretary(school).contentType("application/json").body(Map.of("guardian_id", guardian.toString()))
                .post(path("habeas_data") + "/acceptance").then().statusCode(201);
        assertEquals(4, objects().size());

        String event = """
                {"event_id": "%s", "change": "anonymized", "school_id": "%s", "student_id": "%s", "reason": null,
                 "occurred_at": "%s", "student_version": 4}""".formatted(UUID.randomUUID(), school, enrollment[1], Instant.now());
        TopicWriter.send(StudentLifecycleEvent.TOPIC, enrollment[1].toString(), event);
        TopicWriter.send(StudentLifecycleEvent.TOPIC, enrollment[1].toString(), event);
        String marker = "marker " + UUID.randomUUID();
        TopicWriter.send(StudentLifecycleEvent.TOPIC, enrollment[1].toString(), marker);
        try (TopicProbe dlq = TopicProbe.of(StudentLifecycleEvent.TOPIC + ".dlq")) {
            dlq.await(1, r -> marker.equals(r.value()), Duration.ofSeconds(30));
        }

        assertEquals(List.of("habeas_data"), objects().stream().map(k -> k.split("/")[4]).toList());
        secretary(school).get(path("birth_certificate")).then().statusCode(200)
                .body("status", equalTo("deleted")).body("download_url", nullValue());
        secretary(school).get(path("habeas_data")).then().statusCode(200).body("status", equalTo("pending"));
        assertEquals(3, TestDatabase.count("select count(*) from documents.enrollment_documents where school_id = ? "
                + "and status = 'deleted'", school));
        assertEquals(1, TestDatabase.count("select count(*) from documents.consent_acceptances where school_id = ?", school));
        assertEquals(0, TestDatabase.count("select count(*) from documents.enrollment_documents where school_id = ? "
                + "and status = 'deleted' and file_name is not null", school));
        upload(school, enrollment[0], "report_card", "boletin.pdf", pdf(1000)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("anonymized"));
        assertEquals(1, objects().size());
    }

    private String path(String type) {
        return "/api/v1/enrollments/" + enrollment[0] + "/documents/" + type;
    }

    private List<String> objects() {
        return s3.listObjectsV2(b -> b.bucket("athena-documents").prefix("schools/" + school + "/")).contents()
                .stream().map(o -> o.key()).toList();
    }
}
