package co.athena.student.rest;

import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import co.athena.student.domain.StudentSimatRecord;
import co.athena.student.domain.StudentSummary;
import co.athena.student.domain.StudentView;
import co.athena.student.service.DataSubjectService;
import co.athena.student.service.EnrollmentHistoryService;
import co.athena.student.service.GuardianInput;
import co.athena.student.service.GuardianService;
import co.athena.student.service.StudentPatch;
import co.athena.student.service.StudentRequest;
import co.athena.student.service.StudentService;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.Map;
import java.util.UUID;

/** Students of the caller's school. */
@Path("/api/v1/students")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "students")
@SecurityRequirement(name = "jwt")
public class StudentResource {

    private final StudentService students;
    private final GuardianService guardians;
    private final EnrollmentHistoryService history;
    private final DataSubjectService dataSubject;

    public StudentResource(StudentService students, GuardianService guardians, EnrollmentHistoryService history,
                           DataSubjectService dataSubject) {
        this.students = students;
        this.guardians = guardians;
        this.history = history;
        this.dataSubject = dataSubject;
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Create a student, with guardians inline (an existing guardian is linked, not duplicated)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StudentView.class)))
    public Uni<RestResponse<StudentView>> create(@Valid @NotNull StudentRequest request) {
        return students.create(request)
                .map(s -> ETags.created(URI.create("/api/v1/students/" + s.id()), s, s.version()));
    }

    @GET
    @PermissionsAllowed({Permissions.READ_STUDENTS, Permissions.READ_OWN_STUDENTS})
    @Operation(summary = "List or search students: q matches any part of the name (accents and case ignored) "
            + "or the start of the document number; never carries piar_data, but with read:piar has_piar flags the "
            + "students who have adjustments. A teacher (read:own_students) finds only the students of the courses "
            + "they teach now")
    public Uni<Page<StudentSummary>> list(@QueryParam("q") String q, @QueryParam("is_active") Boolean active,
                                           @QueryParam("birth_year") Integer birthYear,
                                           @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return students.list(q, active, birthYear, PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed({Permissions.READ_STUDENTS, Permissions.READ_OWN_STUDENTS})
    @Operation(summary = "A student; piar_data only with read:piar (and that read is logged). A teacher "
            + "(read:own_students) reads only a student of a course they teach now (404 otherwise): the summary "
            + "and piar_data")
    public Uni<RestResponse<StudentView>> get(@PathParam("id") UUID id) {
        return students.get(id).map(s -> ETags.ok(s, s.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Change a student; If-Match guards against lost updates; piar_data needs read:piar too")
    public Uni<RestResponse<StudentView>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = StudentPatch.class) MergePatch<StudentPatch> patch,
                                                     @HeaderParam("If-Match") String ifMatch) {
        return students.update(id, patch, ETags.expected(ifMatch)).map(s -> ETags.ok(s, s.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Deactivate a student (soft); announces athena.students.lifecycle.v1")
    public Uni<RestResponse<StudentView>> deactivate(@PathParam("id") UUID id, @QueryParam("reason") String reason,
                                                         @HeaderParam("If-Match") String ifMatch) {
        return students.deactivate(id, reason, ETags.expected(ifMatch)).map(s -> ETags.ok(s, s.version()));
    }

    @POST
    @Path("/lookup")
    @PermissionsAllowed(Permissions.READ_STUDENTS)
    @Operation(summary = "For sibling services: up to 500 ids → those students of the caller's school")
    public Uni<Map<String, List<StudentSummary>>> lookup(@Valid @NotNull LookupRequest request) {
        return students.lookup(request.ids()).map(items -> Map.of("items", items));
    }

    @POST
    @Path("/simat-records")
    @PermissionsAllowed(Permissions.READ_STUDENTS)
    @Operation(summary = "For the SIMAT export: up to 500 ids → those students' identity and characterization, "
            + "and their sensitive data when the caller holds read:sensitive_data")
    public Uni<Map<String, List<StudentSimatRecord>>> simatRecords(@Valid @NotNull LookupRequest request) {
        return students.simatRecords(request.ids()).map(items -> Map.of("items", items));
    }

    @GET
    @Path("/{id}/guardians")
    @PermissionsAllowed(Permissions.READ_STUDENTS)
    public Uni<List<LinkedGuardianResponse>> guardians(@PathParam("id") UUID id) {
        return guardians.ofStudent(id).map(items -> items.stream().map(LinkedGuardianResponse::of).toList());
    }

    @POST
    @Path("/{id}/guardians")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Link a guardian (existing by document in this school, or new)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LinkedGuardianResponse.class)))
    public Uni<RestResponse<LinkedGuardianResponse>> addGuardian(@PathParam("id") UUID id,
                                                                 @Valid @NotNull GuardianInput input) {
        return guardians.addToStudent(id, input).map(LinkedGuardianResponse::of).map(g -> RestResponse.ResponseBuilder
                .<LinkedGuardianResponse>created(URI.create("/api/v1/guardians/" + g.id())).entity(g).build());
    }

    @DELETE
    @Path("/{id}/guardians/{guardianId}")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    public Uni<Void> removeGuardian(@PathParam("id") UUID id, @PathParam("guardianId") UUID guardianId) {
        return guardians.unlink(id, guardianId);
    }

    @GET
    @Path("/{id}/enrollment-history")
    @PermissionsAllowed(Permissions.READ_STUDENTS)
    @Operation(summary = "Every enrollment status change of the student, oldest first")
    public Uni<List<HistoryEntryResponse>> enrollmentHistory(@PathParam("id") UUID id) {
        return history.ofStudent(id).map(items -> items.stream().map(HistoryEntryResponse::of).toList());
    }

    @GET
    @Path("/{id}/data-export")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Everything held about the student (Ley 1581 access right); logged")
    public Uni<DataExport> dataExport(@PathParam("id") UUID id) {
        return dataSubject.export(id).map(DataExport::of);
    }

    @POST
    @Path("/{id}/anonymize")
    @PermissionsAllowed(Permissions.WRITE_STUDENTS)
    @Operation(summary = "Scrub the student's personal data (and sole guardians'), keeping the record; logged")
    public Uni<RestResponse<StudentView>> anonymize(@PathParam("id") UUID id) {
        return dataSubject.anonymize(id).map(s -> ETags.ok(s, s.version()));
    }

    @GET
    @Path("/access-log")
    @PermissionsAllowed(Permissions.READ_AUDIT_LOG)
    @Operation(summary = "Reads and changes of PIAR data, data exports and anonymizations")
    public Uni<Page<AccessLogResponse>> accessLog(@QueryParam("student_id") UUID student,
                                                  @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return dataSubject.accessLog(student, PageRequest.of(limit, cursor)).map(page -> page.map(AccessLogResponse::of));
    }
}
