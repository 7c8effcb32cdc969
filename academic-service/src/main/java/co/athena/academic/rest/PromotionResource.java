package co.athena.academic.rest;

import co.athena.academic.service.PromotionChoice;
import co.athena.academic.service.PromotionService;
import co.athena.academic.service.SchoolYearRef;
import co.athena.persistence.jobs.JobProgress;
import co.athena.persistence.jobs.JobView;
import co.athena.persistence.jobs.Jobs;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * Year-end promotion (comisión de evaluación y promoción): computed from the school's rule, changed with a reason,
 * confirmed; enrollment-service's rollover follows the confirmed decisions.
 */
@Path("/api/v1/promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "promotion")
@SecurityRequirement(name = "jwt")
public class PromotionResource {

    private final PromotionService promotions;
    private final Jobs jobs;

    public PromotionResource(PromotionService promotions, Jobs jobs) {
        this.promotions = promotions;
        this.jobs = jobs;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_ENROLLMENT)
    @Operation(summary = "The school year's promotion decisions, for the staff who enroll next year by them (a "
            + "teacher reads the grades of their own courses instead)")
    public Uni<List<PromotionResponse>> list(@QueryParam("school_year_id") @NotNull UUID schoolYearId) {
        return promotions.ofYear(schoolYearId).map(PromotionResponse::of);
    }

    @POST
    @Path("/computations")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Compute every unconfirmed decision of the year from the grades and absences as they stand "
            + "(failed areas that retain, absences over the threshold, fewer failed areas: pending recovery). With "
            + "Prefer: respond-async it answers 202 with a job to poll (GET /api/v1/jobs/{id}: processed of total "
            + "groups; how many decisions as its result, and the list as result_url)")
    @APIResponse(responseCode = "200", description = "The year's decisions as computed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PromotionResponse.class)))
    @APIResponse(responseCode = "202", description = "The computation runs as a job: poll its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Uni<Response> compute(@Valid @NotNull SchoolYearRef year, @HeaderParam("Prefer") String prefer) {
        if (Jobs.wanted(prefer, false)) {
            return jobs.start("promotion_computation", Permissions.MANAGE_ACADEMIC, progress -> promotions
                            .compute(year.schoolYearId(), progress)
                            .map(decisions -> new PromotionComputation(year.schoolYearId(), decisions.size())),
                    computed -> "/api/v1/promotions?school_year_id=" + computed.schoolYearId());
        }
        return promotions.compute(year.schoolYearId(), JobProgress.NONE)
                .map(decisions -> Response.ok(PromotionResponse.of(decisions)).build());
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "The comisión's outcome for a student: another than the rule's needs a reason; 409 once "
            + "confirmed")
    public Uni<PromotionResponse> decide(@PathParam("id") UUID id, @Valid @NotNull PromotionChoice choice) {
        return promotions.decide(id, choice).map(PromotionResponse::of);
    }

    @POST
    @Path("/confirmations")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Confirm the year's decisions (the comisión's acta): final from then on; none may still be "
            + "pending a recovery")
    public Uni<List<PromotionResponse>> confirm(@Valid @NotNull SchoolYearRef year) {
        return promotions.confirm(year.schoolYearId()).map(PromotionResponse::of);
    }
}
