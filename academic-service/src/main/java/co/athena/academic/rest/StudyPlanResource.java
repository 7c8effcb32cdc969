package co.athena.academic.rest;

import co.athena.academic.service.StudyPlanPatch;
import co.athena.academic.service.StudyPlanRequest;
import co.athena.academic.service.StudyPlanService;

import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** A study plan per grade and school year: subjects with weekly hours, and each area's weight. */
@Path("/api/v1/study-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "study-plans")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class StudyPlanResource {

    private final StudyPlanService plans;

    public StudyPlanResource(StudyPlanService plans) {
        this.plans = plans;
    }

    @GET
    @Operation(summary = "List, oldest first")
    public Uni<Page<StudyPlanResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                   @QueryParam("school_year_id") UUID schoolYearId) {
        return plans.list(PageRequest.of(limit, cursor), schoolYearId).map(page -> page.map(StudyPlanResponse::of));
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudyPlanResponse.class)))
    public Uni<RestResponse<StudyPlanResponse>> create(@Valid @NotNull StudyPlanRequest request) {
        return plans.create(request).map(StudyPlanResponse::of)
                .map(created -> ETags.created(URI.create("/api/v1/study-plans/" + created.id()), created, created.version()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<StudyPlanResponse>> get(@PathParam("id") UUID id) {
        return plans.get(id).map(StudyPlanResponse::of).map(found -> ETags.ok(found, found.version()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<RestResponse<StudyPlanResponse>> update(@PathParam("id") UUID id,
                                            @NotNull @Schema(implementation = StudyPlanPatch.class) MergePatch<StudyPlanPatch> patch,
                                            @HeaderParam("If-Match") String ifMatch) {
        return plans.update(id, patch, ETags.expected(ifMatch)).map(StudyPlanResponse::of)
                .map(changed -> ETags.ok(changed, changed.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return plans.delete(id, ETags.expected(ifMatch));
    }
}
