package co.athena.academic.rest;

import co.athena.academic.service.GradeService;
import co.athena.academic.service.GroupGrades;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A class group's grades: the sábana. */
@Path("/api/v1/class-groups/{id}/grades")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grades")
@SecurityRequirement(name = "jwt")
public class GroupGradesResource {

    private final GradeService grades;

    public GroupGradesResource(GradeService grades) {
        this.grades = grades;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "The group's students × courses and areas (courses weighted by weekly hours), for a "
            + "period or, without one, the year so far; for the group's director and staff who see every course")
    public Uni<GroupGrades> sheet(@PathParam("id") UUID id, @QueryParam("period") @Min(1) @Max(12) Integer period) {
        return grades.ofGroup(id, period);
    }
}
