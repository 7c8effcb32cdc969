package co.athena.academic.rest;

import co.athena.academic.service.PromotionChoice;
import co.athena.academic.service.PromotionService;
import co.athena.academic.service.SchoolYearRef;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    public PromotionResource(PromotionService promotions) {
        this.promotions = promotions;
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
            + "(failed areas that retain, absences over the threshold, fewer failed areas: pending recovery)")
    public Uni<List<PromotionResponse>> compute(@Valid @NotNull SchoolYearRef year) {
        return promotions.compute(year.schoolYearId()).map(PromotionResponse::of);
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
