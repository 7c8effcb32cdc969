package co.athena.storage;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Not ready while the service's bucket does not answer: writes and downloads would fail. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    private final ObjectStorage storage;

    public StorageReadiness(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("s3").status(storage.bucketReady()).build();
    }
}
