package co.athena.academic.rest;

import co.athena.academic.service.CorrectionOfCard;
import co.athena.academic.service.DirectorComment;
import co.athena.academic.service.Publication;
import co.athena.academic.service.PublicationRequest;
import co.athena.academic.service.ReportCardService;
import co.athena.persistence.jobs.JobProgress;
import co.athena.persistence.jobs.JobView;
import co.athena.persistence.jobs.Jobs;
import co.athena.shared.problem.Problems;
import co.athena.shared.security.Permissions;
import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Report cards (boletines): built as drafts when a period closes, published with their PDFs, corrected by new
 * versions. Read by the group's director and by staff who see every course.
 */
@Path("/api/v1/report-cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "report cards")
@SecurityRequirement(name = "jwt")
public class ReportCardResource {

    private final ReportCardService reportCards;
    private final Jobs jobs;

    public ReportCardResource(ReportCardService reportCards, Jobs jobs) {
        this.reportCards = reportCards;
        this.jobs = jobs;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "A group's cards of a period as they stand (class_group_id and period), or every version "
            + "of a student's cards in a school year (student_id and school_year_id)")
    public Uni<List<ReportCardResponse>> list(@QueryParam("class_group_id") UUID groupId,
                                              @QueryParam("period") @Min(1) @Max(12) Integer period,
                                              @QueryParam("student_id") UUID studentId,
                                              @QueryParam("school_year_id") UUID schoolYearId) {
        if (groupId != null && period != null && studentId == null) {
            return reportCards.ofGroup(groupId, period).map(cards -> cards.stream().map(ReportCardResponse::of).toList());
        }
        if (studentId != null && schoolYearId != null && groupId == null) {
            return reportCards.ofStudent(studentId, schoolYearId)
                    .map(cards -> cards.stream().map(ReportCardResponse::of).toList());
        }
        throw Problems.badRequest("class_group_id", "give class_group_id and period, or student_id and school_year_id");
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(Permissions.READ_GRADES)
    @Operation(summary = "A report card; once published, download_url is its PDF for a few minutes")
    public Uni<ReportCardResponse> get(@PathParam("id") UUID id) {
        return reportCards.get(id).map(ReportCardResponse::of);
    }

    @PUT
    @Path("/{id}/director-comment")
    @PermissionsAllowed(Permissions.WRITE_GRADES)
    @Operation(summary = "The group director's comment on a draft card (a published card changes by a correction)")
    public Uni<ReportCardResponse> comment(@PathParam("id") UUID id, @Valid @NotNull DirectorComment comment) {
        return reportCards.comment(id, comment).map(ReportCardResponse::of);
    }

    @POST
    @Path("/{id}/corrections")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Issue a published card again from the grades as they stand, with a reason: the next "
            + "version, published with its PDF; the card it replaces stays, superseded")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReportCardResponse.class)))
    public Uni<RestResponse<ReportCardResponse>> correct(@PathParam("id") UUID id,
                                                         @Valid @NotNull CorrectionOfCard correction) {
        return reportCards.correct(id, correction).map(ReportCardResponse::of)
                .map(card -> RestResponse.ResponseBuilder.<ReportCardResponse>created(
                        URI.create("/api/v1/report-cards/" + card.id())).entity(card).build());
    }

    @POST
    @Path("/publications")
    @PermissionsAllowed(Permissions.MANAGE_ACADEMIC)
    @Operation(summary = "Publish a closed period's report cards: each student's PDF and each group's are stored, "
            + "then the cards are published and announced (athena.academic.report-cards.v1); a second call "
            + "publishes only cards built since. With Prefer: respond-async it answers 202 with a job to poll "
            + "(GET /api/v1/jobs/{id}: processed of total groups; what was published as its result)")
    @APIResponse(responseCode = "200", description = "How many cards of how many groups were published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publication.class)))
    @APIResponse(responseCode = "202", description = "The publication runs as a job: poll its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class)))
    public Uni<Response> publish(@Valid @NotNull PublicationRequest request, @HeaderParam("Prefer") String prefer) {
        if (Jobs.wanted(prefer, false)) {
            return jobs.start("report_card_publication", Permissions.MANAGE_ACADEMIC,
                    progress -> reportCards.publish(request, progress), publication -> null);
        }
        return reportCards.publish(request, JobProgress.NONE).map(publication -> Response.ok(publication).build());
    }
}
