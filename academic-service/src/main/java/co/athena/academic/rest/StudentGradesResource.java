package co.athena.academic.rest;

import co.athena.academic.service.GradeService;
import co.athena.academic.service.StudentGrades;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
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

/** One student's grades in a school year. */
@Path("/api/v1/student-grades/{studentId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "grades")
@SecurityRequirement(name = "jwt")
public class StudentGradesResource {

    private final GradeService grades;

    public StudentGradesResource(GradeService grades) {
        this.grades = grades;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "A student's grades in a school year: each course of their group per period and for the "
            + "year, and each area; a teacher sees only the courses they teach")
    public Uni<StudentGrades> grades(@PathParam("studentId") UUID studentId,
                                     @QueryParam("school_year_id") @NotNull UUID schoolYearId) {
        return grades.ofStudent(studentId, schoolYearId);
    }
}
