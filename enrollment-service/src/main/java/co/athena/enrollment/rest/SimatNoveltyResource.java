package co.athena.enrollment.rest;

import co.athena.enrollment.domain.SimatNovelty;
import co.athena.enrollment.service.SimatExportService;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The novelty worklist as it stands, before it is frozen into an export (POST /api/v1/simat/exports, kind novelties). */
@Path("/api/v1/simat/novelties")
@Tag(name = "simat")
@SecurityRequirement(name = "jwt")
@PermissionsAllowed(Permissions.EXPORT_SIMAT)
public class SimatNoveltyResource {

    private final SimatExportService exports;

    public SimatNoveltyResource(SimatExportService exports) {
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The school year's pending withdrawals, changes, graduations and re-admissions, each with "
            + "the SIMAT screen it is keyed into and what changed since SIMAT last heard")
    public Uni<Map<String, List<SimatNovelty>>> list(@NotNull @QueryParam("school_year_id") UUID schoolYearId) {
        return exports.novelties(schoolYearId).map(items -> Map.of("items", items));
    }
}
