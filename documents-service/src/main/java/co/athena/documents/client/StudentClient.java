package co.athena.documents.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** student-service, on the caller's token. */
@RegisterRestClient(configKey = "student")
@Path("/api/v1/students")
public interface StudentClient {

    @GET
    @Path("/{id}/guardians")
    Uni<List<GuardianView>> guardians(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                      @PathParam("id") UUID studentId);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GuardianView(UUID id, String fullName) {
    }
}
