package co.athena.identity.rest;

import co.athena.identity.service.MembershipService;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit-log")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_AUDIT_LOG)
public class AuditLogResource {

    private final MembershipService memberships;

    public AuditLogResource(MembershipService memberships) {
        this.memberships = memberships;
    }

    @GET
    @Operation(summary = "Membership changes in the caller's school: who, when, old → new roles")
    public Uni<Page<AuditEntryResponse>> list(@QueryParam("user_id") UUID user, @QueryParam("limit") Integer limit,
                                              @QueryParam("cursor") String cursor) {
        return memberships.auditLog(user, PageRequest.of(limit, cursor)).map(page -> page.map(AuditEntryResponse::of));
    }
}
