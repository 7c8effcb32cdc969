package co.athena.academic.rest;

import co.athena.academic.service.EvaluationSystemRequest;
import co.athena.academic.service.EvaluationSystemView;
import co.athena.academic.service.EvaluationSystems;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

/** A school year's evaluation system (SIEE, Decreto 1290). */
@Path("/api/v1/evaluation-system")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "evaluation")
@SecurityRequirement(name = "jwt")
public class EvaluationSystemResource {

    private final EvaluationSystems systems;

    public EvaluationSystemResource(EvaluationSystems systems) {
        this.systems = systems;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_ACADEMIC)
    @Operation(summary = "The year's evaluation system: the school's, or the defaults (version 0)")
    public Uni<RestResponse<EvaluationSystemView>> get(@QueryParam("school_year_id") @NotNull UUID schoolYearId) {
        return systems.get(schoolYearId).map(view -> ETags.ok(view, view.version()));
    }

    @PUT
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Set the year's evaluation system, whole and validated as a whole (the levels cover the "
            + "scale without gap or overlap, weights add up to 100 %); once a period of the year is closed, only "
            + "with If-Match and a change_reason")
    public Uni<RestResponse<EvaluationSystemView>> replace(@QueryParam("school_year_id") @NotNull UUID schoolYearId,
                                                           @Valid @NotNull EvaluationSystemRequest request,
                                                           @HeaderParam("If-Match") String ifMatch) {
        return systems.replace(schoolYearId, request, ETags.expected(ifMatch))
                .map(view -> ETags.ok(view, view.version()));
    }

    @GET
    @Path("/changes")
    @PermissionsAllowed(Permissions.READ_ACADEMIC)
    @Operation(summary = "Every version of the year's evaluation system, oldest first: the rules, who, when, why")
    public Uni<List<EvaluationSystemChangeResponse>> changes(@QueryParam("school_year_id") @NotNull UUID schoolYearId) {
        return systems.changes(schoolYearId).map(items -> items.stream().map(EvaluationSystemChangeResponse::of)
                .toList());
    }
}
