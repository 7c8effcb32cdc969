package co.athena.student.rest;

import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import co.athena.student.service.GuardianPatch;
import co.athena.student.service.GuardianService;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/api/v1/guardians")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "guardians")
@SecurityRequirement(name = "jwt")
public class GuardianResource {

    private final GuardianService guardians;

    public GuardianResource(GuardianService guardians) {
        this.guardians = guardians;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_STUDENTS)
    public Uni<Page<GuardianResponse>> list(@QueryParam("q") String q, @QueryParam("limit") Integer limit,
                                            @QueryParam("cursor") String cursor) {
        return guardians.list(q, PageRequest.of(limit, cursor)).map(page -> page.map(GuardianResponse::of));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(Permissions.READ_STUDENTS)
    public Uni<RestResponse<GuardianResponse>> get(@PathParam("id") UUID id) {
        return guardians.get(id).map(GuardianResponse::of).map(g -> ETags.ok(g, g.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    public Uni<RestResponse<GuardianResponse>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = GuardianPatch.class) MergePatch<GuardianPatch> patch,
                                                      @HeaderParam("If-Match") String ifMatch) {
        return guardians.update(id, patch, ETags.expected(ifMatch)).map(GuardianResponse::of).map(g -> ETags.ok(g, g.version()));
    }
}
