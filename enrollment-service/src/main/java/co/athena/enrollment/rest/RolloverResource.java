package co.athena.enrollment.rest;

import co.athena.enrollment.service.RolloverReport;
import co.athena.enrollment.service.RolloverRequest;
import co.athena.enrollment.service.RolloverService;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The year rollover: next year's enrollments from this year's confirmed promotions. */
@Path("/api/v1/enrollments/rollovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "enrollments")
@SecurityRequirement(name = "jwt")
public class RolloverResource {

    private final RolloverService rollovers;

    public RolloverResource(RolloverService rollovers) {
        this.rollovers = rollovers;
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Roll a school year over into the next: each active student's confirmed promotion "
            + "(academic-service) enrolls them in the next grade, the same grade, or graduates them from the last; "
            + "placed by the group mappings; all or nothing, and a second run creates nothing new. dry_run reports "
            + "what it would do")
    public Uni<RolloverReport> rollover(@Valid @NotNull RolloverRequest request) {
        return rollovers.rollover(request);
    }
}
