package co.athena.academic.rest;

import co.athena.academic.service.ReportCardService;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/** A group's report cards of a period in one PDF, to print. */
@Path("/api/v1/class-groups/{id}/report-cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "report cards")
@SecurityRequirement(name = "jwt")
public class GroupReportCardResource {

    private final ReportCardService reportCards;

    public GroupReportCardResource(ReportCardService reportCards) {
        this.reportCards = reportCards;
    }

    @GET
    @Path("/pdf")
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "The group's latest published PDF of the period, presigned for a few minutes")
    public Uni<GroupReportCardResponse> pdf(@PathParam("id") UUID id,
                                            @QueryParam("period") @NotNull @Min(1) @Max(12) Integer period) {
        return reportCards.groupFile(id, period).map(GroupReportCardResponse::of);
    }
}
