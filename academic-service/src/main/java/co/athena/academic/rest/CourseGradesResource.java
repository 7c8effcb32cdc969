package co.athena.academic.rest;

import co.athena.academic.service.CourseGrades;
import co.athena.academic.service.GradeService;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A course's computed grades. */
@Path("/api/v1/course-offerings/{id}/grades")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grades")
@SecurityRequirement(name = "jwt")
public class CourseGradesResource {

    private final GradeService grades;

    public CourseGradesResource(GradeService grades) {
        this.grades = grades;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "Each student's grade in the course per period (activities weighted, by dimension when "
            + "the year has them) and for the year so far (periods weighted), with its performance level; pending "
            + "when a missing score leaves it standing on the rest")
    public Uni<CourseGrades> grades(@PathParam("id") UUID id) {
        return grades.ofCourse(id);
    }
}
