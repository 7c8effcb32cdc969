package co.athena.identity.rest;

import co.athena.identity.service.UserPatch;
import co.athena.identity.service.UserRequest;
import co.athena.identity.service.UserService;
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

/** Users: platform accounts. A school reads its members' users; only the superadmin writes them. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.MANAGE_USERS)
public class UserResource {

    private final UserService users;

    public UserResource(UserService users) {
        this.users = users;
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_SCHOOLS)
    @Operation(summary = "Create a user (id = their subject at the upstream identity provider); platform only: "
            + "schools invite (POST /api/v1/invitations) and users arrive at their first sign-in")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserResponse.class)))
    public Uni<RestResponse<UserResponse>> create(@Valid @NotNull UserRequest request) {
        return users.create(request).map(UserResponse::of)
                .map(user -> ETags.created(URI.create("/api/v1/users/" + user.id()), user, user.version()));
    }

    @GET
    @Operation(summary = "List users (search by name or email)")
    public Uni<Page<UserResponse>> list(@QueryParam("q") String search, @QueryParam("limit") Integer limit,
                                        @QueryParam("cursor") String cursor) {
        return users.list(search, PageRequest.of(limit, cursor)).map(page -> page.map(UserResponse::of));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<UserResponse>> get(@PathParam("id") UUID id) {
        return users.get(id).map(UserResponse::of).map(user -> ETags.ok(user, user.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_SCHOOLS)
    @Operation(summary = "Change a user's platform fields (superadmin only)")
    public Uni<RestResponse<UserResponse>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = UserPatch.class) MergePatch<UserPatch> patch,
                                                  @HeaderParam("If-Match") String ifMatch) {
        return users.update(id, patch, ETags.expected(ifMatch)).map(UserResponse::of).map(user -> ETags.ok(user, user.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_SCHOOLS)
    @Operation(summary = "Deactivate a user everywhere, tokens already issued included (superadmin; a school "
            + "deactivates its membership instead)")
    public Uni<RestResponse<UserResponse>> deactivate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return users.deactivate(id, ETags.expected(ifMatch)).map(UserResponse::of).map(user -> ETags.ok(user, user.version()));
    }
}
