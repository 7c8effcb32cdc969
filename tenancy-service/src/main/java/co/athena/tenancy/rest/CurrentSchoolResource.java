package co.athena.tenancy.rest;

import co.athena.shared.patch.MergePatch;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import co.athena.tenancy.service.SchoolSettingsService;
import co.athena.tenancy.service.SettingsPatch;
import co.athena.tenancy.service.SettingsResponse;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The caller's own school, taken from the token, and its settings. */
@Path("/api/v1/school")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "school")
@SecurityRequirement(name = "jwt")
@Authenticated
public class CurrentSchoolResource {

    private final SchoolSettingsService settings;

    public CurrentSchoolResource(SchoolSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(summary = "The school of the caller's token")
    public Uni<RestResponse<SchoolResponse>> school() {
        return settings.currentSchool().map(SchoolResponse::of).map(school -> ETags.ok(school, school.version()));
    }

    @GET
    @Path("/settings")
    @Operation(summary = "The school's settings (SIMAT, branding, security, habeas data, required documents)")
    public Uni<RestResponse<SettingsResponse>> getSettings() {
        return settings.get().map(body -> ETags.ok(body, body.version()));
    }

    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Path("/settings")
    @PermissionsAllowed(Permissions.CONFIG_INSTITUTION)
    @Operation(summary = "Change settings: each section given replaces that section")
    public Uni<RestResponse<SettingsResponse>> updateSettings(@NotNull @Schema(implementation = SettingsPatch.class) MergePatch<SettingsPatch> patch,
                                                              @HeaderParam("If-Match") String ifMatch) {
        return settings.update(patch, ETags.expected(ifMatch)).map(body -> ETags.ok(body, body.version()));
    }
}
