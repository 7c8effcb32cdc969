package co.athena.academic.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** tenancy-service, called with the caller's own token: it answers only for the caller's school. */
@RegisterRestClient(configKey = "tenancy")
@Path("/api/v1")
public interface TenancyClient {

    @GET
    @Path("/school-years/{id}")
    Uni<SchoolYearView> schoolYear(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                   @PathParam("id") UUID id);

    @GET
    @Path("/school")
    Uni<SchoolView> school(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/school/settings")
    Uni<SchoolSettingsView> settings(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
