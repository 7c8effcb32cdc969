package co.athena.tenancy.rest;

import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import co.athena.tenancy.service.SchoolPatch;
import co.athena.tenancy.service.SchoolRequest;
import co.athena.tenancy.service.SchoolService;
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

/** The platform's schools (tenants): superadmin only. */
@Path("/api/v1/schools")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "schools")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.MANAGE_SCHOOLS)
public class SchoolResource {

    private final SchoolService schools;

    public SchoolResource(SchoolService schools) {
        this.schools = schools;
    }

    @POST
    @Operation(summary = "Create a school (with its default settings)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SchoolResponse.class)))
    public Uni<RestResponse<SchoolResponse>> create(@Valid @NotNull SchoolRequest request) {
        return schools.create(request).map(SchoolResponse::of)
                .map(school -> ETags.created(URI.create("/api/v1/schools/" + school.id()), school, school.version()));
    }

    @GET
    @Operation(summary = "List schools, oldest first")
    public Uni<Page<SchoolResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                          @QueryParam("is_active") Boolean active) {
        return schools.list(PageRequest.of(limit, cursor), active).map(page -> page.map(SchoolResponse::of));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<SchoolResponse>> get(@PathParam("id") UUID id) {
        return schools.get(id).map(SchoolResponse::of).map(school -> ETags.ok(school, school.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @Operation(summary = "Change a school's data; If-Match guards against lost updates")
    public Uni<RestResponse<SchoolResponse>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = SchoolPatch.class) MergePatch<SchoolPatch> patch,
                                                    @HeaderParam("If-Match") String ifMatch) {
        return schools.update(id, patch, ETags.expected(ifMatch)).map(SchoolResponse::of).map(school -> ETags.ok(school, school.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a school (soft: it is kept, marked inactive)")
    public Uni<RestResponse<SchoolResponse>> deactivate(@PathParam("id") UUID id,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return schools.deactivate(id, ETags.expected(ifMatch)).map(SchoolResponse::of).map(school -> ETags.ok(school, school.version()));
    }
}
