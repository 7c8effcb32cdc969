package co.athena.enrollment.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** student-service, called with the caller's own token: students of other schools are simply absent. */
@RegisterRestClient(configKey = "student")
@Path("/api/v1/students")
public interface StudentClient {

    int MAX_LOOKUP = 500;

    @POST
    @Path("/lookup")
    Uni<StudentLookup.Result> lookup(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     StudentLookup.Request ids);

    @POST
    @Path("/simat-records")
    Uni<StudentLookup.SimatRecords> simatRecords(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                 StudentLookup.Request ids);
}
