package co.athena.enrollment.rest;

import co.athena.enrollment.service.RolloverReport;
import co.athena.enrollment.service.RolloverRequest;
import co.athena.enrollment.service.RolloverService;
import co.athena.persistence.jobs.JobProgress;
import co.athena.persistence.jobs.JobView;
import co.athena.persistence.jobs.Jobs;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    private final Jobs jobs;

    public RolloverResource(RolloverService rollovers, Jobs jobs) {
        this.rollovers = rollovers;
        this.jobs = jobs;
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Roll a school year over into the next: each active student's confirmed promotion "
            + "(academic-service) enrolls them in the next grade, the same grade, or graduates them from the last; "
            + "placed by the group mappings; all or nothing, and a second run creates nothing new. dry_run reports "
            + "what it would do. With Prefer: respond-async it answers 202 with a job to poll (GET /api/v1/jobs/{id}: "
            + "processed of total students; the report as its result)")
    @APIResponse(responseCode = "200", description = "What was (or, in a dry run, would be) done, student by student",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RolloverReport.class)))
    @APIResponse(responseCode = "202", description = "The rollover runs as a job: poll its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Uni<Response> rollover(@Valid @NotNull RolloverRequest request, @HeaderParam("Prefer") String prefer) {
        if (Jobs.wanted(prefer, false)) {
            return jobs.start(request.dryRun() ? "year_rollover_dry_run" : "year_rollover", Permissions.WRITE_ENROLLMENT,
                    progress -> rollovers.rollover(request, progress), report -> null);
        }
        return rollovers.rollover(request, JobProgress.NONE).map(report -> Response.ok(report).build());
    }
}
