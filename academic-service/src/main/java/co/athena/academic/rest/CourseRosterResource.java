package co.athena.academic.rest;

import co.athena.academic.service.Rosters;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A course's roster: the students of its class group. */
@Path("/api/v1/course-offerings/{id}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class CourseRosterResource {

    private final Rosters rosters;

    public CourseRosterResource(Rosters rosters) {
        this.rosters = rosters;
    }

    @GET
    @Operation(summary = "The course's students now: those of its group")
    public Uni<List<RosterEntryResponse>> roster(@PathParam("id") UUID id) {
        return rosters.ofCourse(id).map(rows -> rows.stream().map(RosterEntryResponse::of).toList());
    }
}
