package co.athena.academic.rest;

import co.athena.academic.service.ClassGroupPatch;
import co.athena.academic.service.ClassGroupRequest;
import co.athena.academic.service.ClassGroupService;

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

/** Class groups per school year (SIMAT's GRUPO: grade, code, shift, capacity). */
@Path("/api/v1/class-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "class-groups")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class ClassGroupResource {

    private final ClassGroupService groups;

    public ClassGroupResource(ClassGroupService groups) {
        this.groups = groups;
    }

    @GET
    @Operation(summary = "List, oldest first")
    public Uni<Page<ClassGroupResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                    @QueryParam("school_year_id") UUID schoolYearId,
                                                    @QueryParam("grade_level") Integer gradeLevel) {
        return groups.list(PageRequest.of(limit, cursor), schoolYearId, gradeLevel).map(page -> page.map(ClassGroupResponse::of));
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClassGroupResponse.class)))
    public Uni<RestResponse<ClassGroupResponse>> create(@Valid @NotNull ClassGroupRequest request) {
        return groups.create(request).map(ClassGroupResponse::of)
                .map(created -> ETags.created(URI.create("/api/v1/class-groups/" + created.id()), created, created.version()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<ClassGroupResponse>> get(@PathParam("id") UUID id) {
        return groups.get(id).map(ClassGroupResponse::of).map(found -> ETags.ok(found, found.version()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<RestResponse<ClassGroupResponse>> update(@PathParam("id") UUID id,
                                            @NotNull @Schema(implementation = ClassGroupPatch.class) MergePatch<ClassGroupPatch> patch,
                                            @HeaderParam("If-Match") String ifMatch) {
        return groups.update(id, patch, ETags.expected(ifMatch)).map(ClassGroupResponse::of)
                .map(changed -> ETags.ok(changed, changed.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return groups.delete(id, ETags.expected(ifMatch));
    }
}
