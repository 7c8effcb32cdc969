package co.athena.student.rest;

import co.athena.persistence.jobs.JobProgress;
import co.athena.persistence.jobs.JobView;
import co.athena.persistence.jobs.Jobs;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.Permissions;
import co.athena.student.service.ImportReport;
import co.athena.student.service.StudentImportService;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

@Path("/api/v1/students/imports")
@Tag(name = "students")
@SecurityRequirement(name = "jwt")
public class StudentImportResource {

    private final StudentImportService imports;
    private final Jobs jobs;

    public StudentImportResource(StudentImportService imports, Jobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
    }

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Import students (and up to two guardians per row) from a CSV; all or nothing; "
            + "dry_run=true only validates; upsert by document number. With Prefer: respond-async, or a file of more "
            + "than 5,000 rows, it answers 202 with a job to poll (GET /api/v1/jobs/{id}: processed of total records "
            + "written; the report as its result, or the invalid rows as its errors)")
    @APIResponse(responseCode = "200", description = "What was (or, in a dry run, would be) imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "The import runs as a job: poll its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "429", description = "an import of this school is running: retry after Retry-After seconds")
    public Uni<Response> importCsv(byte[] file, @QueryParam("dry_run") boolean dryRun,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @HeaderParam("Prefer") String prefer) {
        if (file == null || file.length == 0) {
            throw Problems.malformed("the file is empty: a header row is required");
        }
        Optional<Charset> charset = charset(contentType);
        if (Jobs.wanted(prefer, imports.large(file))) {
            return jobs.start("student_import", Permissions.WRITE_STUDENTS,
                    progress -> imports.importCsv(file, charset, dryRun, progress), report -> null);
        }
        return imports.importCsv(file, charset, dryRun, JobProgress.NONE).map(report -> Response.ok(report).build());
    }

    private static Optional<Charset> charset(String contentType) {
        String parameter = MediaType.valueOf(contentType).getParameters().get("charset");
        if (parameter == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(parameter.equalsIgnoreCase("latin-1") ? "ISO-8859-1" : parameter));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw Problems.badRequest("charset", "must be utf-8 or latin-1");
        }
    }
}
