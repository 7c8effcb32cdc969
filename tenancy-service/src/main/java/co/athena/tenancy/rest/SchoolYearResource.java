package co.athena.tenancy.rest;

import co.athena.shared.page.Page;
import co.athena.shared.page.PageRequest;
import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import co.athena.tenancy.service.SchoolYearPatch;
import co.athena.tenancy.service.SchoolYearRequest;
import co.athena.tenancy.service.SchoolYearService;
import co.athena.tenancy.service.TransitionRequest;
import io.quarkus.security.Authenticated;
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

/** School years of the caller's school: every member reads them, config:institution changes them. */
@Path("/api/v1/school-years")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "school-years")
@SecurityRequirement(name = "jwt")
@Authenticated
public class SchoolYearResource {

    private final SchoolYearService years;

    public SchoolYearResource(SchoolYearService years) {
        this.years = years;
    }

    @GET
    @Operation(summary = "List school years, oldest first; filter by status")
    public Uni<Page<SchoolYearResponse>> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                              @QueryParam("status") String status) {
        return years.list(PageRequest.of(limit, cursor), status).map(page -> page.map(SchoolYearResponse::of));
    }

    @POST
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Create a school year (status planning)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SchoolYearResponse.class)))
    public Uni<RestResponse<SchoolYearResponse>> create(@Valid @NotNull SchoolYearRequest request) {
        return years.create(request).map(SchoolYearResponse::of)
                .map(year -> ETags.created(URI.create("/api/v1/school-years/" + year.id()), year, year.version()));
    }

    @GET
    @Path("/{id}")
    public Uni<RestResponse<SchoolYearResponse>> get(@PathParam("id") UUID id) {
        return years.get(id).map(SchoolYearResponse::of).map(year -> ETags.ok(year, year.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/{id}")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    public Uni<RestResponse<SchoolYearResponse>> update(@PathParam("id") UUID id, @NotNull @Schema(implementation = SchoolYearPatch.class) MergePatch<SchoolYearPatch> patch,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return years.update(id, patch, ETags.expected(ifMatch)).map(SchoolYearResponse::of).map(year -> ETags.ok(year, year.version()));
    }

    @DELETE
    @Path("/{id}")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Delete a school year still in planning")
    public Uni<Void> delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return years.delete(id, ETags.expected(ifMatch));
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Move the year along planning → active → closed → archived")
    public Uni<RestResponse<SchoolYearResponse>> transition(@PathParam("id") UUID id,
                                                            @Valid @NotNull TransitionRequest request,
                                                            @HeaderParam("If-Match") String ifMatch) {
        return years.transition(id, request, ETags.expected(ifMatch)).map(SchoolYearResponse::of).map(year -> ETags.ok(year, year.version()));
    }
}
