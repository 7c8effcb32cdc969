package co.athena.enrollment.rest;

import co.athena.enrollment.domain.SimatCheck;
import co.athena.enrollment.domain.SimatExportMetadata;
import co.athena.enrollment.service.SimatExportService;
import co.athena.enrollment.service.SimatFile;
import co.athena.persistence.jobs.JobProgress;
import co.athena.persistence.jobs.JobView;
import co.athena.persistence.jobs.Jobs;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** Anexo 6A files of pending SIMAT novelties, for staff to upload to SIMAT by hand. */
@Path("/api/v1/simat/exports")
@Tag(name = "simat")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.EXPORT_SIMAT)
public class SimatExportResource {

    private final SimatExportService exports;
    private final Jobs jobs;

    public SimatExportResource(SimatExportService exports, Jobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Freeze the school year's pending novelties into a file and answer it: the Anexo 6A of "
            + "students to register (kind anexo_6a) or the novelty worklist (kind novelties); encoding and delimiter "
            + "from the school's simat_settings. With dry_run=true, check every student instead and store nothing. With "
            + "Prefer: respond-async it answers 202 with a job to poll (GET /api/v1/jobs/{id}: processed of total "
            + "lines; the export's metadata as its result and its download as result_url)")
    @APIResponse(responseCode = "201", description = "The file; Location names its export's metadata",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "dry_run=true: what each student lacks; nothing stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SimatCheck.class)))
    @APIResponse(responseCode = "202", description = "The export is made as a job: poll its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Uni<Response> create(@Valid @NotNull SimatExportRequest request, @QueryParam("dry_run") boolean dryRun,
                                @HeaderParam("Prefer") String prefer) {
        // a plain Response: its writer is chosen by the entity's class (the report's JSON, or the file's bytes)
        if (dryRun) {
            return exports.check(request.schoolYearId(), request.kindOrDefault())
                    .map(check -> Response.ok(check, MediaType.APPLICATION_JSON_TYPE).build());
        }
        if (Jobs.wanted(prefer, false)) {
            return jobs.start("simat_export", Permissions.EXPORT_SIMAT, progress -> exports.create(
                            request.schoolYearId(), request.kindOrDefault(), progress).map(SimatExportMetadata::of),
                    export -> "/api/v1/simat/exports/" + export.id());
        }
        return exports.create(request.schoolYearId(), request.kindOrDefault(), JobProgress.NONE).map(export -> Response
                .created(URI.create("/api/v1/simat/exports/" + export.id))
                .entity(export.content)
                .type(csv(export.encoding))
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName + "\"")
                .tag(Long.toString(export.version))
                .build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The exports of this school, newest last, optionally of one school year")
    public Uni<Page<SimatExportMetadata>> list(@QueryParam("school_year_id") UUID schoolYearId,
                                               @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return exports.list(PageRequest.of(limit, cursor), schoolYearId);
    }

    @GET
    @Path("/{id}")
    @Produces("text/csv")
    @Operation(summary = "Download an export again, byte for byte as first handed out")
    public Uni<RestResponse<byte[]>> file(@PathParam("id") UUID id) {
        return exports.file(id).map(file -> RestResponse.ResponseBuilder.ok(file.content())
                .type(csv(file.encoding()))
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .tag(Long.toString(file.version()))
                .build());
    }

    @POST
    @Path("/{id}/confirm")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "SIMAT took the file: mark its enrollments synced (newer novelties stay pending)")
    public Uni<RestResponse<SimatExportMetadata>> confirm(@PathParam("id") UUID id,
                                                          @HeaderParam("If-Match") String ifMatch) {
        return exports.confirm(id, ETags.expected(ifMatch)).map(export -> ETags.ok(export, export.version()));
    }

    /** The charset under its IANA name (ISO-8859-1, UTF-8), which every HTTP client understands. */
    private static MediaType csv(String encoding) {
        return new MediaType("text", "csv", SimatFile.charset(encoding).name());
    }
}
