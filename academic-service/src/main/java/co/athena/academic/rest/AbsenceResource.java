package co.athena.academic.rest;

import co.athena.academic.service.AbsenceReport;
import co.athena.academic.service.AttendanceService;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A course's absences over an academic period. */
@Path("/api/v1/course-offerings/{id}/absences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
@SecurityRequirement(name = "jwt")
public class AbsenceResource {

    private final AttendanceService attendance;

    public AbsenceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_ATTENDANCE)
    @Operation(summary = "Each student's attendance in the course over a period, and absences as a percent of the "
            + "period's classes (weekly hours × weeks, or the classes held when more)")
    public Uni<AbsenceReport> absences(@PathParam("id") UUID id,
                                       @QueryParam("period") @NotNull @Min(1) @Max(12) Integer period) {
        return attendance.absences(id, period);
    }
}
