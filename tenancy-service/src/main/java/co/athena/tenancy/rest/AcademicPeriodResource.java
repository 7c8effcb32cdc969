package co.athena.tenancy.rest;

import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import co.athena.tenancy.service.AcademicPeriodService;
import co.athena.tenancy.service.PeriodPatch;
import co.athena.tenancy.service.PeriodRequest;
import co.athena.tenancy.service.TransitionRequest;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Academic periods of a school year, addressed by their number. */
@Path("/api/v1/school-years/{yearId}/periods")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "academic-periods")
@SecurityRequirement(name = "jwt")
@Authenticated
public class AcademicPeriodResource {

    private final AcademicPeriodService periods;

    public AcademicPeriodResource(AcademicPeriodService periods) {
        this.periods = periods;
    }

    @GET
    @Operation(summary = "The year's periods, by number")
    public Uni<List<PeriodResponse>> list(@PathParam("yearId") UUID yearId) {
        return periods.list(yearId).map(items -> items.stream().map(PeriodResponse::of).toList());
    }

    @POST
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Add a period inside the year's dates, overlapping no other")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PeriodResponse.class)))
    public Uni<RestResponse<PeriodResponse>> create(@PathParam("yearId") UUID yearId,
                                                    @Valid @NotNull PeriodRequest request) {
        return periods.create(yearId, request).map(PeriodResponse::of).map(period -> ETags.created(
                URI.create("/api/v1/school-years/" + yearId + "/periods/" + period.number()), period, period.version()));
    }

    @GET
    @Path("/{number}")
    public Uni<RestResponse<PeriodResponse>> get(@PathParam("yearId") UUID yearId, @PathParam("number") int number) {
        return periods.get(yearId, number).map(PeriodResponse::of).map(period -> ETags.ok(period, period.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{number}")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    public Uni<RestResponse<PeriodResponse>> update(@PathParam("yearId") UUID yearId, @PathParam("number") int number,
                                                    @NotNull @Schema(implementation = PeriodPatch.class) MergePatch<PeriodPatch> patch,
                                                    @HeaderParam("If-Match") String ifMatch) {
        return periods.update(yearId, number, patch, ETags.expected(ifMatch)).map(PeriodResponse::of).map(period -> ETags.ok(period, period.version()));
    }

    @DELETE
    @Path("/{number}")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Delete a draft period")
    public Uni<Void> delete(@PathParam("yearId") UUID yearId, @PathParam("number") int number,
                            @HeaderParam("If-Match") String ifMatch) {
        return periods.delete(yearId, number, ETags.expected(ifMatch));
    }

    @POST
    @Path("/{number}/transitions")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Move the period along draft → open → closed → published")
    public Uni<RestResponse<PeriodResponse>> transition(@PathParam("yearId") UUID yearId,
                                                        @PathParam("number") int number,
                                                        @Valid @NotNull TransitionRequest request,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return periods.transition(yearId, number, request, ETags.expected(ifMatch)).map(PeriodResponse::of).map(period -> ETags.ok(period, period.version()));
    }
}
