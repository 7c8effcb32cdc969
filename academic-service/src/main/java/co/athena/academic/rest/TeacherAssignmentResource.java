package co.athena.academic.rest;

import co.athena.academic.service.AssignmentEnd;
import co.athena.academic.service.TeacherAssignmentService;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** Teacher assignments across courses: a teacher's, the open or ended ones, and ending one. */
@Path("/api/v1/teacher-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teacher-assignments")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class TeacherAssignmentResource {

    private final TeacherAssignmentService assignments;

    public TeacherAssignmentResource(TeacherAssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "List, oldest first; filter by teacher, and by open (true) or ended (false)")
    public Uni<Page<AssignmentResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                              @QueryParam("teacher_id") UUID teacherId,
                                              @QueryParam("open") Boolean open) {
        return assignments.list(PageRequest.of(limit, cursor), teacherId, open)
                .map(page -> page.map(AssignmentResponse::of));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<AssignmentResponse>> get(@PathParam("id") UUID id) {
        return assignments.get(id).map(AssignmentResponse::of).map(found -> ETags.ok(found, found.version()));
    }

    @POST
    @Path("/{id}/end")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "End an assignment without a successor (kept, with its date and reason)")
    public Uni<RestResponse<AssignmentResponse>> end(@PathParam("id") UUID id, @Valid @NotNull AssignmentEnd request,
                                                     @HeaderParam("If-Match") String ifMatch) {
        return assignments.end(id, request, ETags.expected(ifMatch)).map(AssignmentResponse::of)
                .map(ended -> ETags.ok(ended, ended.version()));
    }
}
