package co.athena.identity.rest;

import co.athena.identity.domain.Invitation;
import co.athena.identity.service.InvitationService;
import co.athena.shared.ids.UtcClock;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
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

/** Invitations into the caller's school: how a school adds people (it never creates user accounts). */
@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "invitations")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.MANAGE_USERS)
public class InvitationResource {

    private final InvitationService invitations;

    public InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Operation(summary = "Invite an email with roles; the upstream account signing in with that verified email "
            + "accepts it at its token exchange (once, before expires_at)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvitationResponse.class)))
    public Uni<RestResponse<InvitationResponse>> invite(@Valid @NotNull InvitationRequest request) {
        return invitations.invite(request.email(), request.roles()).map(InvitationResource::view)
                .map(invitation -> ETags.created(URI.create("/api/v1/invitations/" + invitation.id()), invitation,
                        invitation.version()));
    }

    @GET
    @Operation(summary = "The school's invitations (?status=pending|accepted|revoked|expired)")
    public Uni<Page<InvitationResponse>> list(@QueryParam("status") String status, @QueryParam("limit") Integer limit,
                                              @QueryParam("cursor") String cursor) {
        return invitations.list(status, PageRequest.of(limit, cursor)).map(page -> new Page<>(
                page.items().stream().map(InvitationResource::view).toList(), page.nextCursor()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<InvitationResponse>> get(@PathParam("id") UUID id) {
        return invitations.get(id).map(InvitationResource::view).map(invitation -> ETags.ok(invitation, invitation.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a pending invitation")
    public Uni<RestResponse<InvitationResponse>> revoke(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return invitations.revoke(id, ETags.expected(ifMatch)).map(InvitationResource::view)
                .map(invitation -> ETags.ok(invitation, invitation.version()));
    }

    /** Status as of now: a pending invitation past its time reads as expired. */
    private static InvitationResponse view(Invitation invitation) {
        return InvitationResponse.of(invitation, UtcClock.now());
    }
}
