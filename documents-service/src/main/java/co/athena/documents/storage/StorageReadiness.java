package co.athena.documents.storage;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Not ready while the documents bucket does not answer: uploads and downloads would fail. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    private final DocumentStorage storage;

    public StorageReadiness(DocumentStorage storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("s3").status(storage.bucketReady()).build();
    }
}
