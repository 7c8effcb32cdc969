package co.athena.enrollment.rest;

import co.athena.enrollment.service.EnrollmentPatch;
import co.athena.enrollment.service.EnrollmentRequest;
import co.athena.enrollment.service.EnrollmentService;
import co.athena.enrollment.service.TransitionRequest;
import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;

/** Enrollments (matrículas) of the caller's school and their status flow. */
@Path("/api/v1/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "enrollments")
@SecurityRequirement(name = "jwt")
public class EnrollmentResource {

    private final EnrollmentService enrollments;

    public EnrollmentResource(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @POST
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Enroll a student of this school in a planning or active school year (starts in pending_documents)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EnrollmentResponse.class)))
    public Uni<RestResponse<EnrollmentResponse>> create(@Valid @NotNull EnrollmentRequest request) {
        return enrollments.create(request).map(EnrollmentResponse::of)
                .map(e -> ETags.created(URI.create("/api/v1/enrollments/" + e.id()), e, e.version()));
    }

    @GET
    @PermissionsAllowed(Permissions.READ_ENROLLMENT)
    @Operation(summary = "List enrollments, filtered by school year, status, grade and group")
    public Uni<Page<EnrollmentResponse>> list(@QueryParam("school_year_id") UUID schoolYearId,
                                              @QueryParam("status") String status,
                                              @QueryParam("grade_level") Integer gradeLevel,
                                              @QueryParam("group_code") String groupCode,
                                              @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return enrollments.list(PageRequest.of(limit, cursor), schoolYearId, status, gradeLevel, groupCode).map(page -> page.map(EnrollmentResponse::of));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(Permissions.READ_ENROLLMENT)
    public Uni<RestResponse<EnrollmentResponse>> get(@PathParam("id") UUID id) {
        return enrollments.get(id).map(EnrollmentResponse::of).map(e -> ETags.ok(e, e.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Change grade, group, shift or extra data (If-Match: the ETag you read)")
    public Uni<RestResponse<EnrollmentResponse>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = EnrollmentPatch.class) MergePatch<EnrollmentPatch> patch,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return enrollments.update(id, patch, ETags.expected(ifMatch)).map(EnrollmentResponse::of).map(e -> ETags.ok(e, e.version()));
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Move along the status flow; 409 lists the allowed targets, 412 means a stale If-Match")
    public Uni<RestResponse<EnrollmentResponse>> transition(@PathParam("id") UUID id,
                                                            @Valid @NotNull TransitionRequest request,
                                                            @HeaderParam("If-Match") String ifMatch) {
        return enrollments.transition(id, request, ETags.expected(ifMatch)).map(EnrollmentResponse::of).map(e -> ETags.ok(e, e.version()));
    }
}
