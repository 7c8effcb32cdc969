package co.athena.identity.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** academic-service, called with the caller's own token: it answers only for the caller's school. */
@RegisterRestClient(configKey = "academic")
@Path("/api/v1")
public interface AcademicClient {

    @GET
    @Path("/teacher-assignments")
    Uni<OpenAssignments> openAssignments(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                         @QueryParam("teacher_id") UUID teacherId, @QueryParam("open") boolean open,
                                         @QueryParam("limit") int limit);
}
