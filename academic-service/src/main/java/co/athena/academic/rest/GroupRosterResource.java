package co.athena.academic.rest;

import co.athena.academic.service.Rosters;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** A class group's roster, as enrollments place students in it. */
@Path("/api/v1/class-groups/{id}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "rosters")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class GroupRosterResource {

    private final Rosters rosters;

    public GroupRosterResource(Rosters rosters) {
        this.rosters = rosters;
    }

    @GET
    @Operation(summary = "The group's students now, in order of arrival; with_past=true adds those who left")
    public Uni<List<RosterEntryResponse>> roster(@PathParam("id") UUID id, @QueryParam("with_past") boolean withPast) {
        return rosters.ofGroup(id, withPast).map(rows -> rows.stream().map(RosterEntryResponse::of).toList());
    }
}
