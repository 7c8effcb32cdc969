package co.athena.academic.rest;

import co.athena.academic.service.AreaPatch;
import co.athena.academic.service.AreaRequest;
import co.athena.academic.service.AreaService;
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
import java.util.List;
import java.util.UUID;

/** The school's areas of knowledge: every staff member reads them, manage:academic changes them. */
@Path("/api/v1/academic-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "academic-areas")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class AreaResource {

    private final AreaService areas;

    public AreaResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @Operation(summary = "List, oldest first")
    public Uni<Page<AreaResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return areas.list(PageRequest.of(limit, cursor)).map(page -> page.map(AreaResponse::of));
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AreaResponse.class)))
    public Uni<RestResponse<AreaResponse>> create(@Valid @NotNull AreaRequest request) {
        return areas.create(request).map(AreaResponse::of)
                .map(created -> ETags.created(URI.create("/api/v1/academic-areas/" + created.id()), created, created.version()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<AreaResponse>> get(@PathParam("id") UUID id) {
        return areas.get(id).map(AreaResponse::of).map(found -> ETags.ok(found, found.version()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<RestResponse<AreaResponse>> update(@PathParam("id") UUID id,
                                            @NotNull @Schema(implementation = AreaPatch.class) MergePatch<AreaPatch> patch,
                                            @HeaderParam("If-Match") String ifMatch) {
        return areas.update(id, patch, ETags.expected(ifMatch)).map(AreaResponse::of)
                .map(changed -> ETags.ok(changed, changed.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return areas.delete(id, ETags.expected(ifMatch));
    }

    @POST
    @Path("/ley-general")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Add the obligatory areas of Ley 115 de 1994 (art. 23 and 31) the school does not have yet, "
            + "by code; answers those added (none the second time)")
    public Uni<List<AreaResponse>> addLeyGeneralAreas() {
        return areas.addLeyGeneralAreas().map(added -> added.stream().map(AreaResponse::of).toList());
    }
}
