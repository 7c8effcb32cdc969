package co.athena.academic.rest;

import co.athena.academic.service.AttendanceService;
import co.athena.academic.service.CorrectionRequest;
import co.athena.academic.service.RollRequest;
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
import java.time.LocalDate;
import java.util.UUID;

/** A course's attendance, class by class: the course's teacher, or staff who see every course. */
@Path("/api/v1/course-offerings/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
@SecurityRequirement(name = "jwt")
public class AttendanceResource {

    private final AttendanceService attendance;

    public AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_ATTENDANCE)
    @Operation(summary = "Take a class's roll for a date: every student on the course's roster that day, once "
            + "(present, absent, late, excused, with an optional note)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RollResponse.class)))
    public Uni<RestResponse<RollResponse>> take(@PathParam("id") UUID id, @Valid @NotNull RollRequest request) {
        return attendance.take(id, request).map(RollResponse::of).map(roll -> RestResponse.ResponseBuilder
                .<RollResponse>created(URI.create("/api/v1/course-offerings/" + id + "/attendance/"
                        + roll.classDate())).entity(roll).build());
    }

    @GET
    @Path("/{date}")
    @PermissionsAllowed(Permissions.READ_ATTENDANCE)
    @Operation(summary = "A class's roll, with the records corrections replaced")
    public Uni<RollResponse> roll(@PathParam("id") UUID id, @PathParam("date") LocalDate date) {
        return attendance.roll(id, date).map(RollResponse::of);
    }

    @POST
    @Path("/{date}/corrections")
    @PermissionsAllowed(Permissions.WRITE_ATTENDANCE)
    @Operation(summary = "Correct a roll: each entry replaces that student's record with a new one giving the "
            + "reason; the replaced record stays")
    public Uni<RollResponse> correct(@PathParam("id") UUID id, @PathParam("date") LocalDate date,
                                     @Valid @NotNull CorrectionRequest request) {
        return attendance.correct(id, date, request).map(RollResponse::of);
    }
}
