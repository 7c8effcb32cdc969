package co.athena.academic.rest;

import co.athena.academic.service.SubjectPatch;
import co.athena.academic.service.SubjectRequest;
import co.athena.academic.service.SubjectService;

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

/** The school's subject catalog, each under an area. */
@Path("/api/v1/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "subjects")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class SubjectResource {

    private final SubjectService subjects;

    public SubjectResource(SubjectService subjects) {
        this.subjects = subjects;
    }

    @GET
    @Operation(summary = "List, oldest first")
    public Uni<Page<SubjectResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                 @QueryParam("area_id") UUID areaId) {
        return subjects.list(PageRequest.of(limit, cursor), areaId).map(page -> page.map(SubjectResponse::of));
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubjectResponse.class)))
    public Uni<RestResponse<SubjectResponse>> create(@Valid @NotNull SubjectRequest request) {
        return subjects.create(request).map(SubjectResponse::of)
                .map(created -> ETags.created(URI.create("/api/v1/subjects/" + created.id()), created, created.version()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<SubjectResponse>> get(@PathParam("id") UUID id) {
        return subjects.get(id).map(SubjectResponse::of).map(found -> ETags.ok(found, found.version()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<RestResponse<SubjectResponse>> update(@PathParam("id") UUID id,
                                            @NotNull @Schema(implementation = SubjectPatch.class) MergePatch<SubjectPatch> patch,
                                            @HeaderParam("If-Match") String ifMatch) {
        return subjects.update(id, patch, ETags.expected(ifMatch)).map(SubjectResponse::of)
                .map(changed -> ETags.ok(changed, changed.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return subjects.delete(id, ETags.expected(ifMatch));
    }
}
