package co.athena.persistence.jobs;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A job to poll, in the services that run long work ({@code athena.jobs.enabled=true} at build time). */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "jobs")
@SecurityRequirement(name = "jwt")
@IfBuildProperty(name = "athena.jobs.enabled", stringValue = "true")
@Authenticated
public class JobResource {

    private final Jobs jobs;

    public JobResource(Jobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A long operation's progress (status running, succeeded or failed; processed of total; the "
            + "errors that failed it; its result once it succeeded), for a caller of its school who holds the "
            + "permission that started it (404 for anyone else)")
    public Uni<JobView> get(@PathParam("id") UUID id) {
        return jobs.get(id);
    }
}
