package co.athena.academic.rest;

import co.athena.academic.service.AssignmentRequest;
import co.athena.academic.service.TeacherAssignmentService;
import co.athena.shared.rest.ETags;
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

/** A course's teachers over time: the history, and assigning (or reassigning) one. */
@Path("/api/v1/course-offerings/{id}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "teacher-assignments")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class CourseAssignmentResource {

    private final TeacherAssignmentService assignments;

    public CourseAssignmentResource(TeacherAssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "Who taught the course when, oldest first")
    public Uni<List<AssignmentResponse>> history(@PathParam("id") UUID id) {
        return assignments.ofCourse(id).map(rows -> rows.stream().map(AssignmentResponse::of).toList());
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Assign a teacher from a date; a course with a teacher needs a reason, which ends that "
            + "assignment the same day")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentResponse.class)))
    public Uni<RestResponse<AssignmentResponse>> assign(@PathParam("id") UUID id,
                                                        @Valid @NotNull AssignmentRequest request) {
        return assignments.assign(id, request).map(AssignmentResponse::of).map(created -> ETags.created(
                URI.create("/api/v1/teacher-assignments/" + created.id()), created, created.version()));
    }
}
