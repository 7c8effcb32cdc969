package co.athena.academic.rest;

import co.athena.academic.service.ActivityService;
import co.athena.academic.service.ScoreService;
import co.athena.academic.service.ScoresRequest;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** One evaluation activity and its scores. */
@Path("/api/v1/activities/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "grades")
@SecurityRequirement(name = "jwt")
public class ActivityResource {

    private final ActivityService activities;
    private final ScoreService scores;

    public ActivityResource(ActivityService activities, ScoreService scores) {
        this.activities = activities;
        this.scores = scores;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    public Uni<RestResponse<ActivityResponse>> get(@PathParam("id") UUID id) {
        return activities.get(id).map(ActivityResponse::of).map(a -> ETags.ok(a, a.version()));
    }

    @GET
    @Path("/scores")
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "The activity's scores, with every change (old → new)")
    public Uni<ScoreSheetResponse> sheet(@PathParam("id") UUID id) {
        return scores.sheet(id).map(ScoreSheetResponse::of);
    }

    @PUT
    @Path("/scores")
    @PermissionsAllowed(Permissions.WRITE_GRADES)
    @Operation(summary = "Enter or change scores of a class in one request, only while the period is open (409 "
            + "naming it otherwise); a change keeps the score it replaces")
    public Uni<ScoreSheetResponse> enter(@PathParam("id") UUID id, @Valid @NotNull ScoresRequest request) {
        return scores.enter(id, request).map(ScoreSheetResponse::of);
    }
}
