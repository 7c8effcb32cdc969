package co.athena.academic.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** student-service, called with the caller's own token: names on printed report cards live there only. */
@RegisterRestClient(configKey = "student")
@Path("/api/v1/students")
public interface StudentClient {

    @GET
    Uni<StudentPage> list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("/{id}")
    Uni<StudentName> get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id);
}
