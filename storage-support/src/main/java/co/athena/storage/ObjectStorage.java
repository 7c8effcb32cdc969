package co.athena.storage;

import co.athena.persistence.OnWorker;
import co.athena.shared.problem.Problems;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The service's bucket ({@link StorageSettings}). The SDK's client blocks, so every call runs on a worker thread;
 * any S3 failure is a 503 to the caller (the caller decides what to undo).
 */
@ApplicationScoped
public class ObjectStorage {

    private static final Logger LOG = Logger.getLogger(ObjectStorage.class);

    private final S3Client s3;
    private final S3Presigner presigner;
    private final StorageSettings settings;

    public ObjectStorage(S3Client s3, StorageSettings settings) {
        this.s3 = s3;
        this.settings = settings;
        this.presigner = S3Presigner.builder()
                .endpointOverride(URI.create(settings.endpoint()))
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    /** Streams the file from disk: the object is never held whole in memory. */
    public Uni<Void> put(String key, Path file, String contentType, long size) {
        return blocking(() -> {
            s3.putObject(b -> b.bucket(settings.bucket()).key(key).contentType(contentType).contentLength(size),
                    RequestBody.fromFile(file));
            return null;
        });
    }

    /** A small object already in memory (a rendered PDF). */
    public Uni<Void> put(String key, byte[] content, String contentType) {
        return blocking(() -> {
            s3.putObject(b -> b.bucket(settings.bucket()).key(key).contentType(contentType)
                    .contentLength((long) content.length), RequestBody.fromBytes(content));
            return null;
        });
    }

    public Uni<Void> delete(String key) {
        return blocking(() -> {
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key));
            return null;
        });
    }

    /** Every object in the bucket with its last change, page by page. */
    public Uni<Map<String, Instant>> listAll() {
        return blocking(() -> {
            Map<String, Instant> objects = new HashMap<>();
            s3.listObjectsV2Paginator(b -> b.bucket(settings.bucket())).contents()
                    .forEach(o -> objects.put(o.key(), o.lastModified()));
            return objects;
        });
    }

    /**
     * A GET that works for {@code download-url-ttl} only; the bucket itself is never public. The answer
     * is the type the bytes proved to be, as an attachment, and never cached.
     */
    public String downloadUrl(String key, String fileName, String contentType) {
        return presigner.presignGetObject(p -> p.signatureDuration(settings.downloadUrlTtl())
                .getObjectRequest(g -> g.bucket(settings.bucket()).key(key)
                        .responseContentType(contentType)
                        .responseCacheControl("no-store")
                        .responseContentDisposition(ContentDisposition.attachment(fileName))))
                .url().toString();
    }

    /** For readiness: the bucket answers (and exists, made here when this environment may make it). */
    public boolean bucketReady() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
            return true;
        } catch (NoSuchBucketException e) {
            if (!settings.createBucket()) {
                return false;
            }
            s3.createBucket(b -> b.bucket(settings.bucket()));
            LOG.infof("created bucket %s", settings.bucket());
            return true;
        } catch (SdkException e) {
            LOG.debugf("S3 not ready: %s", e.toString());
            return false;
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (!bucketReady()) {
            LOG.warnf("bucket %s is not reachable yet; readiness stays down until it is", settings.bucket());
        }
    }

    @PreDestroy
    void close() {
        presigner.close();
    }

    private static <T> Uni<T> blocking(Supplier<T> call) {
        return OnWorker.run(call)
                .onFailure(SdkException.class).transform(e -> Problems.unavailable("object storage (S3)"));
    }
}
