package co.athena.persistence.revocation;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the access changes of the last minutes are known: before that a revoked token would pass. */
@Readiness
@ApplicationScoped
public class RevocationReadiness implements HealthCheck {

    private final AccessChangeFollower follower;

    public RevocationReadiness(AccessChangeFollower follower) {
        this.follower = follower;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("access revocations").status(follower.isCaughtUp()).build();
    }
}
