package co.athena.identity.rest;

import co.athena.identity.service.MembershipPatch;
import co.athena.identity.service.MembershipRequest;
import co.athena.identity.service.MembershipService;
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

/** Who belongs to the caller's school, with which roles. */
@Path("/api/v1/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "memberships")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.MANAGE_USERS)
public class MembershipResource {

    private final MembershipService memberships;

    public MembershipResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_SCHOOLS)
    @Operation(summary = "Add an existing user to the school with roles (platform only, for bootstrap and support: "
            + "schools invite instead)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MembershipResponse.class)))
    public Uni<RestResponse<MembershipResponse>> create(@Valid @NotNull MembershipRequest request) {
        return memberships.create(request).map(MembershipResponse::of).map(membership -> ETags.created(
                URI.create("/api/v1/memberships/" + membership.id()), membership, membership.version()));
    }

    @GET
    public Uni<Page<MembershipResponse>> list(@QueryParam("user_id") UUID user, @QueryParam("is_active") Boolean active,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return memberships.list(user, active, PageRequest.of(limit, cursor)).map(page -> page.map(MembershipResponse::of));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<MembershipResponse>> get(@PathParam("id") UUID id) {
        return memberships.get(id).map(MembershipResponse::of).map(m -> ETags.ok(m, m.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @Operation(summary = "Change roles or active state of another member, never above your own roles; the school "
            + "keeps at least one active rector. Tokens issued before a deactivation or role change stop working")
    public Uni<RestResponse<MembershipResponse>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = MembershipPatch.class) MergePatch<MembershipPatch> patch,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return memberships.update(id, patch, ETags.expected(ifMatch)).map(MembershipResponse::of).map(m -> ETags.ok(m, m.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Deactivate a membership; the school keeps at least one active rector")
    public Uni<RestResponse<MembershipResponse>> deactivate(@PathParam("id") UUID id,
                                                            @HeaderParam("If-Match") String ifMatch) {
        return memberships.deactivate(id, ETags.expected(ifMatch)).map(MembershipResponse::of).map(m -> ETags.ok(m, m.version()));
    }
}
