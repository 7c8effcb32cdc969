package co.athena.enrollment.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;
import java.util.UUID;

/** academic-service, called with the caller's own token: it answers only for the caller's school. */
@RegisterRestClient(configKey = "academic")
@Path("/api/v1")
public interface AcademicClient {

    int MAX_PAGE = 200;

    /** {@code gradeLevel} null: every grade of the year. */
    @GET
    @Path("/class-groups")
    Uni<ClassGroupsView> classGroups(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                     @QueryParam("school_year_id") UUID schoolYearId,
                                     @QueryParam("grade_level") Integer gradeLevel, @QueryParam("limit") int limit);

    /** The school year's promotion decisions (final once confirmed). */
    @GET
    @Path("/promotions")
    Uni<List<PromotionView>> promotions(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                        @QueryParam("school_year_id") UUID schoolYearId);
}
