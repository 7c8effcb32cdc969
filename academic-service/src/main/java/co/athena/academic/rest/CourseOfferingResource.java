package co.athena.academic.rest;

import co.athena.academic.service.CourseOfferingPatch;
import co.athena.academic.service.CourseOfferingRequest;
import co.athena.academic.service.CourseOfferingService;
import co.athena.academic.service.GenerationRequest;
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
import java.util.UUID;

/** Courses: a subject given to a class group in its school year. */
@Path("/api/v1/course-offerings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "course-offerings")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.READ_ACADEMIC)
public class CourseOfferingResource {

    private final CourseOfferingService courses;

    public CourseOfferingResource(CourseOfferingService courses) {
        this.courses = courses;
    }

    @GET
    @Operation(summary = "List, oldest first")
    public Uni<Page<CourseOfferingResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                                        @QueryParam("school_year_id") UUID schoolYearId,
                                                        @QueryParam("class_group_id") UUID classGroupId) {
        return courses.list(PageRequest.of(limit, cursor), schoolYearId, classGroupId).map(page -> page.map(CourseOfferingResponse::of));
    }

    @POST
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CourseOfferingResponse.class)))
    public Uni<RestResponse<CourseOfferingResponse>> create(@Valid @NotNull CourseOfferingRequest request) {
        return courses.create(request).map(CourseOfferingResponse::of)
                .map(created -> ETags.created(URI.create("/api/v1/course-offerings/" + created.id()), created, created.version()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<CourseOfferingResponse>> get(@PathParam("id") UUID id) {
        return courses.get(id).map(CourseOfferingResponse::of).map(found -> ETags.ok(found, found.version()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<RestResponse<CourseOfferingResponse>> update(@PathParam("id") UUID id,
                                            @NotNull @Schema(implementation = CourseOfferingPatch.class) MergePatch<CourseOfferingPatch> patch,
                                            @HeaderParam("If-Match") String ifMatch) {
        return courses.update(id, patch, ETags.expected(ifMatch)).map(CourseOfferingResponse::of)
                .map(changed -> ETags.ok(changed, changed.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return courses.delete(id, ETags.expected(ifMatch));
    }

    @POST
    @Path("/generation")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Generate, for every group of the year, the courses its grade's study plan has and it lacks; "
            + "running it again creates nothing")
    public Uni<GenerationResponse> generate(@Valid @NotNull GenerationRequest request) {
        return courses.generate(request).map(GenerationResponse::of);
    }
}
