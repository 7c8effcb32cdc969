package co.athena.academic.rest;

import co.athena.academic.service.AcademicSettingsService;
import co.athena.academic.service.SettingsRequest;
import co.athena.shared.rest.ETags;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The school's academic settings (the absence threshold of attendance alerts). */
@Path("/api/v1/academic-settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "attendance")
@SecurityRequirement(name = "jwt")
public class AcademicSettingsResource {

    private final AcademicSettingsService settings;

    public AcademicSettingsResource(AcademicSettingsService settings) {
        this.settings = settings;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_ACADEMIC)
    @Operation(summary = "The school's academic settings (the defaults until it sets its own)")
    public Uni<RestResponse<AcademicSettingsResponse>> get() {
        return settings.get().map(AcademicSettingsResponse::of).map(s -> ETags.ok(s, s.version()));
    }

    @PUT
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Set the school's academic settings, whole; If-Match guards against lost updates")
    public Uni<RestResponse<AcademicSettingsResponse>> replace(@Valid @NotNull SettingsRequest request,
                                                               @HeaderParam("If-Match") String ifMatch) {
        return settings.replace(request, ETags.expected(ifMatch)).map(AcademicSettingsResponse::of)
                .map(s -> ETags.ok(s, s.version()));
    }
}
