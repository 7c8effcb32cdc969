package co.athena.academic.rest;

import co.athena.academic.service.ActivityRequest;
import co.athena.academic.service.ActivityService;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** A course's evaluation activities: the course's teacher, or staff who see every course. */
@Path("/api/v1/course-offerings/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "grades")
@SecurityRequirement(name = "jwt")
public class CourseActivityResource {

    private final ActivityService activities;

    public CourseActivityResource(ActivityService activities) {
        this.activities = activities;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "The course's activities, of one period or all")
    public Uni<List<ActivityResponse>> list(@PathParam("id") UUID id,
                                            @QueryParam("period") @Min(1) @Max(12) Integer period) {
        return activities.ofCourse(id, period).map(items -> items.stream().map(ActivityResponse::of).toList());
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_GRADES)
    @Operation(summary = "Add an activity to a period that has not closed (409 once closed)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActivityResponse.class)))
    public Uni<RestResponse<ActivityResponse>> create(@PathParam("id") UUID id, @Valid @NotNull ActivityRequest request) {
        return activities.create(id, request).map(ActivityResponse::of).map(a -> ETags.created(
                URI.create("/api/v1/activities/" + a.id()), a, a.version()));
    }
}
