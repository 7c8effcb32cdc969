package co.athena.documents.rest;

import co.athena.documents.service.ConsentService;
import co.athena.documents.service.DocumentService;
import co.athena.documents.service.ValidationRequest;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** An enrollment's documents: the checklist, uploads, validation and consents. */
@Path("/api/v1/enrollments/{enrollmentId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
@SecurityRequirement(name = "jwt")
public class DocumentResource {

    private final DocumentService documents;
    private final ConsentService consents;

    public DocumentResource(DocumentService documents, ConsentService consents) {
        this.documents = documents;
        this.consents = consents;
    }

    @GET
    @PermissionsAllowed(Permissions.READ_ENROLLMENT)
    @Operation(summary = "The checklist: each document type, required or not, present or not, and its status")
    public Uni<ChecklistResponse> checklist(@PathParam("enrollmentId") UUID enrollmentId) {
        return documents.checklist(enrollmentId).map(checklist -> ChecklistResponse.of(enrollmentId, checklist));
    }

    @PUT
    @Path("/{type}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Upload (or replace) a document: multipart field 'file', PDF/PNG/JPEG by content, at most 10 MB")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentResponse.class)))
    public Uni<RestResponse<DocumentResponse>> upload(@PathParam("enrollmentId") UUID enrollmentId,
                                                      @PathParam("type") String type,
                                                      @RestForm("file") FileUpload file) {
        return documents.upload(enrollmentId, type, file).map(DocumentResponse::of).map(d -> ETags.created(
                URI.create("/api/v1/enrollments/" + enrollmentId + "/documents/" + type), d, d.version()));
    }

    @GET
    @Path("/{type}")
    @PermissionsAllowed(Permissions.READ_ENROLLMENT)
    @Operation(summary = "The current version, with a presigned download URL valid for five minutes")
    public Uni<RestResponse<DocumentResponse>> current(@PathParam("enrollmentId") UUID enrollmentId,
                                                       @PathParam("type") String type) {
        return documents.current(enrollmentId, type).map(DocumentResponse::of).map(d -> ETags.ok(d, d.version()));
    }

    @GET
    @Path("/{type}/versions")
    @PermissionsAllowed(Permissions.READ_ENROLLMENT)
    @Operation(summary = "Every uploaded version, newest first (replaced ones are kept for audit)")
    public Uni<List<DocumentResponse>> versions(@PathParam("enrollmentId") UUID enrollmentId,
                                                @PathParam("type") String type) {
        return documents.versions(enrollmentId, type).map(items -> items.stream().map(DocumentResponse::of).toList());
    }

    @POST
    @Path("/{type}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.VALIDATE_DOCUMENTS)
    @Operation(summary = "Approve or reject the current version (a rejection needs a note)")
    public Uni<RestResponse<DocumentResponse>> validate(@PathParam("enrollmentId") UUID enrollmentId,
                                                        @PathParam("type") String type,
                                                        @Valid @NotNull ValidationRequest request,
                                                        @HeaderParam("If-Match") String ifMatch) {
        return documents.validate(enrollmentId, type, request, ETags.expected(ifMatch)).map(DocumentResponse::of).map(d -> ETags.ok(d, d.version()));
    }

    @POST
    @Path("/{type}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(Permissions.WRITE_ENROLLMENT)
    @Operation(summary = "Record a guardian's acceptance of a consent form, with the policy text version in force "
            + "(201); the same guardian accepting the same version again answers the first record (200)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AcceptanceResponse.class)))
    @APIResponse(responseCode = "200", description = "Already accepted: the first record", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptanceResponse.class)))
    public Uni<RestResponse<AcceptanceResponse>> accept(@PathParam("enrollmentId") UUID enrollmentId,
                                                        @PathParam("type") String type,
                                                        @Valid @NotNull AcceptanceRequest request) {
        return consents.accept(enrollmentId, type, request.guardianId()).map(a -> a.created()
                ? RestResponse.ResponseBuilder.<AcceptanceResponse>created(URI.create("/api/v1/enrollments/"
                        + enrollmentId + "/documents/" + type + "/acceptance")).entity(AcceptanceResponse.of(a.acceptance()))
                        .build()
                : RestResponse.ok(AcceptanceResponse.of(a.acceptance())));
    }
}
