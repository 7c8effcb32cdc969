package co.athena.documents.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** enrollment-service, on the caller's token: an enrollment of another school is a 404 there too. */
@RegisterRestClient(configKey = "enrollment")
@Path("/api/v1/enrollments")
public interface EnrollmentClient {

    @GET
    @Path("/{id}")
    Uni<EnrollmentView> enrollment(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EnrollmentView(UUID id, UUID studentId, UUID schoolYearId, String status) {
    }
}
