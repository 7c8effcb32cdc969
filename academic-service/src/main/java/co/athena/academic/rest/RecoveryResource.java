package co.athena.academic.rest;

import co.athena.academic.service.RecoveryRequest;
import co.athena.academic.service.RecoveryService;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A course's recovery results (superación, nivelación). */
@Path("/api/v1/course-offerings/{id}/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "grades")
@SecurityRequirement(name = "jwt")
public class RecoveryResource {

    private final RecoveryService recoveries;

    public RecoveryResource(RecoveryService recoveries) {
        this.recoveries = recoveries;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "The course's recovery results, of one student or all, oldest first")
    public Uni<List<RecoveryResponse>> list(@PathParam("id") UUID id, @QueryParam("student_id") UUID studentId) {
        return recoveries.ofCourse(id, studentId).map(items -> items.stream().map(RecoveryResponse::of).toList());
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_GRADES)
    @Operation(summary = "Record a recovery's result: its own record, never over the grades it recovers")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecoveryResponse.class)))
    public Uni<RestResponse<RecoveryResponse>> record(@PathParam("id") UUID id,
                                                      @Valid @NotNull RecoveryRequest request) {
        return recoveries.record(id, request).map(RecoveryResponse::of).map(r -> RestResponse.ResponseBuilder
                .<RecoveryResponse>created(URI.create("/api/v1/course-offerings/" + id + "/recoveries?student_id="
                        + r.studentId())).entity(r).build());
    }
}
