package co.athena.documents.rest;

import co.athena.documents.SiblingFakes;
import co.athena.documents.service.StorageReconciler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static co.athena.documents.DocumentsApi.pdf;
import static co.athena.documents.DocumentsApi.upload;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reconciler on the real bucket: orphans past the grace period go, missing objects are reported. */
@QuarkusTest
class StorageReconcilerTest {

    private static final String BUCKET = "athena-documents";

    @Inject
    S3Client s3;

    @Inject
    StorageReconciler reconciler;

    private final UUID school = UUID.randomUUID();
    private final UUID[] enrollment = SiblingFakes.enrollment(school);

    @Test
    void orphansAreRemovedAndMissingObjectsReported() throws Throwable {
        String lost = upload(school, enrollment[0], "birth_certificate", "rc.pdf", pdf(1000)).then().statusCode(201)
                .extract().path("id");
        String lostKey = keys().stream().filter(k -> k.endsWith(lost)).findFirst().orElseThrow();
        s3.deleteObject(b -> b.bucket(BUCKET).key(lostKey));
        String orphan = "schools/" + school + "/enrollments/" + enrollment[0] + "/report_card/" + UUID.randomUUID();
        s3.putObject(b -> b.bucket(BUCKET).key(orphan), RequestBody.fromBytes(pdf(500)));
        // something else in the bucket, not named like Athena's keys: left alone, and no reason to stop
        String foreign = "schools/not-a-school/readme.txt";
        s3.putObject(b -> b.bucket(BUCKET).key(foreign), RequestBody.fromBytes(pdf(10)));

        StorageReconciler.Report young = VertxContextSupport.subscribeAndAwait(() -> reconciler.reconcile(Duration.ofHours(1)));
        assertFalse(young.orphansRemoved().contains(orphan), "an object younger than the grace period may be an upload in flight");
        assertTrue(keys().contains(orphan));

        StorageReconciler.Report report = VertxContextSupport.subscribeAndAwait(() -> reconciler.reconcile(Duration.ZERO));
        assertTrue(report.orphansRemoved().contains(orphan), report.toString());
        assertTrue(report.missingObjects().contains(lostKey), report.toString());
        assertFalse(keys().contains(orphan));
        assertTrue(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(foreign)).hasContents());
        s3.deleteObject(b -> b.bucket(BUCKET).key(foreign));
    }

    private List<String> keys() {
        return s3.listObjectsV2(b -> b.bucket(BUCKET).prefix("schools/" + school + "/")).contents()
                .stream().map(o -> o.key()).toList();
    }
}
