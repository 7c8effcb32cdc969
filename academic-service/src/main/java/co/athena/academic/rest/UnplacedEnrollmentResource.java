package co.athena.academic.rest;

import co.athena.academic.service.Rosters;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Active enrollments no class group has taken: their group code matches none of their year. */
@Path("/api/v1/unplaced-enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class UnplacedEnrollmentResource {

    private final Rosters rosters;

    public UnplacedEnrollmentResource(Rosters rosters) {
        this.rosters = rosters;
    }

    @GET
    @Operation(summary = "List, oldest first: create the group (they join it) or correct the enrollment's group code")
    public Uni<Page<UnplacedEnrollmentResponse>> list(@QueryParam("limit") Integer limit,
                                                      @QueryParam("cursor") String cursor,
                                                      @QueryParam("school_year_id") UUID schoolYearId) {
        return rosters.unplaced(PageRequest.of(limit, cursor), schoolYearId)
                .map(page -> page.map(UnplacedEnrollmentResponse::of));
    }
}
